package org.village.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.village.infrastructure.Sha256;
import org.village.output.MonthFolder;

/**
 * One e-mail: everything one address receives this month, whatever number of lines it has on the distribution
 * list. {@code files} are the reports that exist for those scopes; {@code missing} says, per scope, what did not
 * exist this month.
 */
record Delivery(String email, String name, List<String> scopes, List<Path> files, List<String> missing) {

    boolean hasFiles() {
        return !files.isEmpty();
    }

    /**
     * Where a dry run writes this e-mail. An address with characters a file name should not hold gets them replaced
     * and a short hash of the whole address added, so that two addresses never share a file ({@code a+b@} and
     * {@code a_b@} would both become {@code a_b@}).
     */
    Path emlFile(MonthFolder folder) {
        String safe = email.replaceAll("[^A-Za-z0-9@._-]", "_");
        if (!safe.equals(email)) {
            safe += "-" + HexFormat.of().formatHex(Sha256.newDigest().digest(email.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 10);
        }
        return folder.outbox().resolve(safe + ".eml");
    }
}
