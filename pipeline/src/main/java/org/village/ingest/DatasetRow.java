package org.village.ingest;

import java.util.Map;

/**
 * One data row of a recognised sheet, holding only the columns its dataset uses. Columns a dataset drops (student
 * names) and columns nobody asked for are never copied out of the sheet. {@code dayFirst}: whether its sheet's
 * slashed dates are day first, null for the district's order; {@code period}: the period its sheet claims, or null
 * ({@link SheetDates}); {@code problem}: the rejection its sheet row already carried, or null.
 */
record DatasetRow(long sourceId, Dataset dataset, String fileName, String sheetName, int rowNumber, boolean date1904,
        Boolean dayFirst, SheetPeriod period, Map<Field, String> values, RowRejectedException problem) {

    boolean has(Field field) {
        return values.containsKey(field);
    }

    /** The cell's text, trimmed; "" when the column is absent or the cell empty. */
    String text(Field field) {
        String value = values.get(field);
        return value == null ? "" : value.trim();
    }
}
