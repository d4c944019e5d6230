package org.village.monthly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.village.infrastructure.Sha256;

/**
 * A short digest of what the inbox holds (each file's path, size and modification time). It is an identifying job
 * parameter: the same month with the same files is one job instance (restarted if it failed, not rerun if it
 * finished), while a corrected file dropped in makes a new run of the month. Reading every byte is left to ingest,
 * whose content hashes decide what is actually loaded.
 */
final class InboxFingerprint {

    private InboxFingerprint() {
    }

    static String of(Path inbox) {
        try (Stream<Path> paths = Files.walk(inbox)) {
            List<Path> files = paths.filter(Files::isRegularFile).sorted().toList();
            MessageDigest digest = Sha256.newDigest();
            for (Path file : files) {
                String entry = inbox.relativize(file).toString().replace('\\', '/') + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The inbox folder " + inbox + " could not be read", e);
        }
    }
}
