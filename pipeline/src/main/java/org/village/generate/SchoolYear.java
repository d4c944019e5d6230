package org.village.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/** A July–June school year, named the way districts write it: "2025-26". */
record SchoolYear(int startYear) {

    static SchoolYear containing(YearMonth month) {
        return new SchoolYear(month.getMonthValue() >= Month.JULY.getValue() ? month.getYear() : month.getYear() - 1);
    }

    String label() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    /** "2025-2026", as some systems write it. */
    String longLabel() {
        return startYear + "-" + (startYear + 1);
    }

    SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, 6);
    }
}
