package org.village.delivery;

import java.nio.file.Path;
import java.util.List;

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

    /** Where a dry run writes this e-mail. */
    Path emlFile(MonthFolder folder) {
        return folder.outbox().resolve(email.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml");
    }
}
