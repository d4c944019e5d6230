package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/** The span of attendance a figure covers: the reporting month, or the school year up to the end of that month. */
public enum Window {
    MONTH,
    YEAR_TO_DATE;

    LocalDate from(YearMonth month, int schoolYearStartMonth) {
        if (this == MONTH) {
            return month.atDay(1);
        }
        int year = month.getMonthValue() >= schoolYearStartMonth ? month.getYear() : month.getYear() - 1;
        return LocalDate.of(year, schoolYearStartMonth, 1);
    }

    LocalDate through(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** The school year a day falls in, as course marks name it: 2025-26. */
    public static String schoolYear(LocalDate day, int schoolYearStartMonth) {
        int start = day.getMonthValue() >= schoolYearStartMonth ? day.getYear() : day.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
