package org.village.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The months a sheet is for, as its dates and name claim them: one month ({@code 2026-10}) or a run of months a
 * summary covers ({@code 2025-09..2026-06}). It is what a newer version of the sheet must be for to replace it, and
 * rows dated outside it are rejected rather than allowed to widen it.
 */
record SheetPeriod(YearMonth first, YearMonth last) {

    static SheetPeriod of(LocalDate from, LocalDate to) {
        return new SheetPeriod(YearMonth.from(from), YearMonth.from(to));
    }

    /** Reads the stored form, {@code 2026-10} or {@code 2025-09..2026-06}; null for null. */
    static SheetPeriod parse(String stored) {
        if (stored == null) {
            return null;
        }
        int dots = stored.indexOf("..");
        return dots < 0 ? new SheetPeriod(YearMonth.parse(stored), YearMonth.parse(stored))
                : new SheetPeriod(YearMonth.parse(stored.substring(0, dots)), YearMonth.parse(stored.substring(dots + 2)));
    }

    boolean contains(LocalDate from, LocalDate to) {
        return !YearMonth.from(from).isBefore(first) && !YearMonth.from(to).isAfter(last);
    }

    boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** "October 2026", or "September 2025 to June 2026", for messages. */
    String describe() {
        return first.equals(last) ? name(first) : name(first) + " to " + name(last);
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
