package org.village.ingest;

/**
 * A file a school or partner sent, seen as sheets of rows whatever its format: an {@code .xlsx} or {@code .xls}
 * workbook, a {@code .csv} file (one sheet), or an Ed-Fi file (a sheet per kind of record). Sheets are read one at a time, as a stream of rows.
 */
interface Spreadsheet extends AutoCloseable {

    java.util.List<String> sheetNames();

    /** True when the workbook counts date serials from 1904 (old Mac Excel). */
    boolean date1904();

    /**
     * Why a sheet that was read is not used (records of a kind Village has no use for), or null for a sheet to
     * recognise by its header.
     */
    default String notUsed(int sheetIndex) {
        return null;
    }

    /** Opens one sheet; the caller closes the cursor before closing the spreadsheet. */
    SheetCursor openSheet(int sheetIndex);

    @Override
    void close();
}
