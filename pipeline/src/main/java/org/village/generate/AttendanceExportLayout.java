package org.village.generate;

import java.util.List;

/**
 * How one school's student information system writes its monthly attendance summary: the sheet, an optional title
 * above the header, the header texts (student id, school id, period start, period end, days enrolled, then days
 * present or days absent), how dates are written, and whether blank rows trail the data.
 */
record AttendanceExportLayout(
        String sheetName,
        String title,
        List<String> headers,
        DateCells dates,
        DayCount dayCount,
        boolean trailingBlankRows) {

    enum DateCells {
        /** Numeric cells with a date format, as Excel itself stores dates. */
        EXCEL_DATE,
        /** Text such as {@code 2026-10-01}. */
        ISO_TEXT,
        /** Text such as {@code 10/1/2026} (month/day/year, no padding). */
        US_TEXT
    }

    enum DayCount { PRESENT, ABSENT }

    AttendanceExportLayout {
        if (headers.size() != 6) {
            throw new IllegalArgumentException("An attendance summary has six columns: " + headers);
        }
        headers = List.copyOf(headers);
    }

    boolean hasTitle() {
        return title != null;
    }
}
