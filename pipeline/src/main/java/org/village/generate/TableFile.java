package org.village.generate;

import java.io.Closeable;

/** A spreadsheet file being written: a workbook of one or more sheets, or a CSV file, which holds a single table. */
interface TableFile extends Closeable {

    /** Starts the next sheet; the previous one is finished. A CSV file has exactly one, and its name is not written. */
    SheetRows sheet(String name);
}
