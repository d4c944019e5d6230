package org.village.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How numbers, months and dates read in a report. Numbers keep the US form in every language (a district's figures
 * are compared across its reports and its spreadsheets, which use it); month names and dates follow the report's
 * language. Never the JVM's locale, so output does not depend on the machine.
 */
final class ReportFormat {

    static final String MISSING = "\u2013";

    private ReportFormat() {
    }

    /** {@code points}: the unit after a change in a rate, in the report's language ({@code unit.points}). */
    static String figure(Figure figure, int minimumGroupSize, String points) {
        if (figure == null || figure.isMissing()) {
            return MISSING;
        }
        if (figure.suppressed()) {
            return suppressed(minimumGroupSize);
        }
        double value = figure.value();
        return switch (figure.kind()) {
            case PERCENT -> percent(value);
            case COUNT -> count(Math.round(value));
            case MONEY -> money(value);
            case DECIMAL -> String.format(Locale.US, "%.2f", value);
            case POINTS -> points(value, points);
            case SIGNED_COUNT -> sign(value) + count(Math.abs(Math.round(value)));
            case SIGNED_MONEY -> sign(value) + money(Math.abs(value));
            case SIGNED_DECIMAL -> sign(value) + String.format(Locale.US, "%.2f", Math.abs(value));
        };
    }

    static String suppressed(int minimumGroupSize) {
        return "n<" + minimumGroupSize;
    }

    /** {@code fraction} in [0, 1]; one decimal, as the district publishes it. */
    static String percent(double fraction) {
        return String.format(Locale.US, "%.1f%%", fraction * 100);
    }

    /** A change of a rate, in percentage points with its sign and {@code unit}: {@code +1.2 pts}. */
    static String points(double fraction, String unit) {
        return signed(fraction * 100) + " " + unit;
    }

    /** One decimal with its sign, a true minus for negatives: {@code +1.2}, {@code −0.3}. */
    static String signed(double number) {
        double rounded = Math.round(number * 10) / 10.0;
        return sign(rounded) + String.format(Locale.US, "%.1f", Math.abs(rounded));
    }

    /** Two decimals with their sign, for a change in a mean such as GPA: {@code +0.12}, {@code −0.03}. */
    static String signedDecimal(double number) {
        double rounded = Math.round(number * 100) / 100.0;
        return sign(rounded) + String.format(Locale.US, "%.2f", Math.abs(rounded));
    }

    static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count);
    }

    /** Whole dollars, so a column of amounts lines up; cents only under $100, where they still say something. */
    static String money(double dollars) {
        return Math.abs(dollars) >= 100 || dollars == 0 ? String.format(Locale.US, "$%,.0f", dollars)
                : String.format(Locale.US, "$%,.2f", dollars);
    }

    static String month(YearMonth month) {
        return month(month, Locale.US);
    }

    /** As the language writes it mid-sentence: "October 2026", "octubre de 2026" (Spanish months take no capital). */
    static String month(YearMonth month, Locale language) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language);
        String pattern = "es".equals(language.getLanguage()) ? "%s de %d" : "%s %d";
        return String.format(language, pattern, name, month.getYear());
    }

    static String shortMonth(YearMonth month) {
        return shortMonth(month, Locale.US);
    }

    static String shortMonth(YearMonth month, Locale language) {
        return capitalised(month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, language), language)
                .replace(".", "");
    }

    static String date(LocalDate date) {
        return date(date, Locale.US);
    }

    static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
    }

    /** {@code Sep 30, 2026}: for table cells, where the long form would wrap. */
    static String shortDate(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(date);
    }

    private static String sign(double value) {
        return value > 0 ? "+" : value < 0 ? "\u2212" : "\u00b1";
    }

    private static String capitalised(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
