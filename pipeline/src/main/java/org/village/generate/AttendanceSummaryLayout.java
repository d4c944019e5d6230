package org.village.generate;

import java.util.List;

/**
 * How one school's student information system writes its monthly attendance summary: the file format and sheet, an
 * optional title above the header, the header texts (student id, an optional student name, school id, period start,
 * period end, days enrolled, then days present or days absent), how dates are written, and whether blank rows trail
 * the data.
 */
record AttendanceSummaryLayout(
        String style,
        FileFormat format,
        String sheetName,
        boolean titled,
        List<String> headers,
        DateStyle dates,
        DayCount dayCount,
        boolean trailingBlankRows) implements AttendanceLayout {

    enum DayCount { PRESENT, ABSENT }

    AttendanceSummaryLayout {
        if (headers.size() != 6 && headers.size() != 7) {
            throw new IllegalArgumentException("An attendance summary has six columns, seven with a name: " + headers);
        }
        if (!dates.isText() && !format.holdsExcelDates()) {
            throw new IllegalArgumentException(format.extension() + " files hold dates as text: " + style);
        }
        headers = List.copyOf(headers);
    }

    /** Whether the student's name follows the id, as some exports have it. */
    boolean hasName() {
        return headers.size() == 7;
    }

    String header(Column column) {
        int index = column.ordinal();
        return headers.get(hasName() || index == 0 ? index : index - 1);
    }

    /** The columns in the order written; {@code NAME} only where the layout has one. */
    enum Column { STUDENT_ID, NAME, SCHOOL_ID, PERIOD_START, PERIOD_END, DAYS_ENROLLED, DAY_COUNT }
}
