package org.village.ingest;

/**
 * One non-blank row of a sheet as the sender typed it: {@code rowNumber} is the number Excel shows (1-based), cells
 * are raw text ("" for an empty cell). Numeric cells keep their stored form, so a date arrives as its serial number
 * and is converted with the workbook's date system, never through locale-dependent display formatting. A reader
 * that builds rows by joining several files (a OneRoster bundle) may already know a row is unusable: it then carries
 * the rejection, which the row's processor reports instead of checking the row.
 */
record SheetRow(int rowNumber, String[] cells, RowRejectedException problem) {

    SheetRow(int rowNumber, String[] cells) {
        this(rowNumber, cells, null);
    }

    String cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : "";
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
