package org.village.generate;

import java.util.List;
import java.util.Map;

/**
 * How a school's system writes a month of daily attendance: one row per student per school day enrolled, present
 * days included, so days enrolled are rows. {@code codes} says what each day's status is written as; where a status
 * has several codes (PowerSchool's "AU" and plain "A" are both unexcused), the first is the usual one.
 */
record DailyAttendanceLayout(
        String style,
        FileFormat format,
        String sheetName,
        List<Column> columns,
        List<String> headers,
        DateStyle dates,
        Map<DayStatus, List<String>> codes) implements AttendanceLayout {

    enum Column { STUDENT_ID, SCHOOL_ID, DATE, CODE, MINUTES_PRESENT }

    /** A code no system uses, planted where the ground truth says. */
    static final String UNKNOWN_CODE = "ZZ";
    /** Of the usual code and its alternatives, how often the usual one is written. */
    private static final double USUAL = 0.75;

    DailyAttendanceLayout {
        if (columns.size() != headers.size()) {
            throw new IllegalArgumentException(style + ": " + columns.size() + " columns, " + headers.size()
                    + " headers");
        }
        if (!dates.isText() && !format.holdsExcelDates()) {
            throw new IllegalArgumentException(format.extension() + " files hold dates as text: " + style);
        }
        for (DayStatus status : DayStatus.values()) {
            if (codes.getOrDefault(status, List.of()).isEmpty()) {
                throw new IllegalArgumentException(style + " has no code for " + status);
            }
        }
        columns = List.copyOf(columns);
        headers = List.copyOf(headers);
        codes = Map.copyOf(codes);
    }

    String header(Column column) {
        return headers.get(columns.indexOf(column));
    }

    /** The code for a day: the usual one three times in four, else one of the others, by {@code u} in [0, 1). */
    String code(DayStatus status, double u) {
        List<String> options = codes.get(status);
        if (options.size() == 1 || u < USUAL) {
            return options.get(0);
        }
        int other = (int) ((u - USUAL) / (1 - USUAL) * (options.size() - 1));
        return options.get(1 + Math.min(other, options.size() - 2));
    }
}
