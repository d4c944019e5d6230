package org.village.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.village.ingest.edfi.EdFiParts;
import org.village.ingest.oneroster.OneRosterBundle;

/**
 * The spreadsheets in an inbox folder and its subfolders, in a stable order. Excel's lock files are not files. A
 * OneRoster bundle, a subfolder or a .zip, is one entry: the CSV files inside it are parts of it, not spreadsheets.
 * Likewise an Ed-Fi file read only with another beside it (sections with grades) is a part of that one.
 */
final class InboxFiles {

    private InboxFiles() {
    }

    static List<Path> spreadsheets(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalStateException("The inbox folder " + inbox + " does not exist or is not a folder");
        }
        try (Stream<Path> paths = Files.walk(inbox)) {
            List<Path> all = paths.toList();
            List<Path> bundles = all.stream().filter(p -> !p.equals(inbox)).filter(OneRosterBundle::isBundle).toList();
            return all.stream()
                    .filter(p -> bundles.contains(p) || Files.isRegularFile(p) && Spreadsheets.isSpreadsheet(p)
                            && !EdFiParts.servesAnother(p))
                    .filter(p -> bundles.stream().noneMatch(bundle -> !p.equals(bundle) && p.startsWith(bundle)))
                    .sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The inbox folder " + inbox + " could not be listed", e);
        }
    }
}
