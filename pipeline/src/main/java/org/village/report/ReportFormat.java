package org.village.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How numbers, months and dates read in a report: fixed to US English so output does not depend on the JVM's locale. */
final class ReportFormat {

    static final String MISSING = "\u2013";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private ReportFormat() {
    }

    static String figure(Figure figure, int minimumGroupSize) {
        if (figure == null || figure.isMissing()) {
            return MISSING;
        }
        if (figure.suppressed()) {
            return suppressed(minimumGroupSize);
        }
        return figure.kind() == Figure.Kind.PERCENT ? percent(figure.value()) : count(Math.round(figure.value()));
    }

    static String suppressed(int minimumGroupSize) {
        return "n<" + minimumGroupSize;
    }

    /** {@code fraction} in [0, 1]; one decimal, as the district publishes it. */
    static String percent(double fraction) {
        return String.format(Locale.US, "%.1f%%", fraction * 100);
    }

    static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
