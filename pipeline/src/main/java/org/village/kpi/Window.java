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
}
