package org.village.generate;

import java.time.YearMonth;
import java.util.Locale;

/** A July–June school year, named the way districts write it: "2025-26". */
record SchoolYear(int startYear) {

    String label() {
        return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
    }

    YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, 6);
    }
}
