package org.village.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** School years as Village writes them, "2025-26", from the ways files write them and from a day in the year. */
final class SchoolYearLabels {

    /** "2025-26", "2025-2026" or "2025/26", alone or inside a label such as "Q1 2025-26". */
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

    private SchoolYearLabels() {
    }

    /** A school year column's text: a span, or the year it ends in (2026, as Ed-Fi and OneRoster write it). */
    static String fromColumn(String text) {
        Matcher span = YEAR_SPAN.matcher(text);
        if (span.find()) {
            return label(Integer.parseInt(span.group(1)));
        }
        return text.strip().matches("\\d{4}") ? label(Integer.parseInt(text.strip()) - 1) : null;
    }

    /** A span written into a label such as "Q1 2025-26", or null. */
    static String inLabel(String text) {
        Matcher span = YEAR_SPAN.matcher(text);
        return span.find() ? label(Integer.parseInt(span.group(1))) : null;
    }

    static String containing(LocalDate day, int schoolYearStartMonth) {
        return label(day.getMonthValue() >= schoolYearStartMonth ? day.getYear() : day.getYear() - 1);
    }

    private static String label(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
