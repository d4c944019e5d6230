package org.village.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Opens a file as a {@link Spreadsheet} by the format its name says it is. */
final class Spreadsheets {

    private Spreadsheets() {
    }

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && name.endsWith(".xlsx");
    }

    static Spreadsheet open(Path file) {
        return XlsxWorkbook.open(file);
    }
}
