package org.village.generate;

import java.util.List;

/**
 * How a school's system writes the course marks of a term: the file format and sheet, and which columns, under which
 * header texts. Systems differ in how they name the term (a store code and the date it was stored, a term with a
 * school-year column, or both in one text) and in the mark they give: a letter, a percentage, grade points, or a
 * letter and a percentage.
 */
record MarksLayout(String style, FileFormat format, String sheetName, List<Column> columns, List<String> headers) {

    enum Column {
        STUDENT_ID,
        SCHOOL_ID,
        /** The term's last day, as PowerSchool's {@code DateStored}. */
        TERM_END,
        /** "2025-26". */
        SCHOOL_YEAR,
        /** "2025-2026". */
        SCHOOL_YEAR_LONG,
        /** "Q1", "S1". */
        TERM,
        /** "Q1 2025-26". */
        TERM_WITH_YEAR,
        COURSE_NUMBER,
        COURSE_NAME,
        LETTER,
        PERCENT,
        GRADE_POINTS,
        /** Credits earned: none for an F. */
        EARNED_CREDITS,
        ATTEMPTED_CREDITS
    }

    MarksLayout {
        if (columns.size() != headers.size()) {
            throw new IllegalArgumentException(style + ": " + columns.size() + " columns, " + headers.size()
                    + " headers");
        }
        columns = List.copyOf(columns);
        headers = List.copyOf(headers);
    }
}
