package org.village.ingest;

/** Rows of one sheet, pulled one at a time; memory does not grow with the number of rows. */
interface SheetCursor extends AutoCloseable {

    /** The next row with at least one non-empty cell, or {@code null} at the end of the sheet. */
    SheetRow next();

    @Override
    void close();
}
