package org.village.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spreadsheets in an inbox folder and its subfolders, in a stable order. Excel's lock files are not files. */
final class InboxFiles {

    private InboxFiles() {
    }

    static List<Path> spreadsheets(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalStateException("The inbox folder " + inbox + " does not exist or is not a folder");
        }
        try (Stream<Path> paths = Files.walk(inbox)) {
            return paths.filter(Files::isRegularFile)
                    .filter(Spreadsheets::isSpreadsheet)
                    .sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The inbox folder " + inbox + " could not be listed", e);
        }
    }
}
