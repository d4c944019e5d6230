package org.village.kpi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When each term of a school year ends, so that GPA counts a term's marks from the month the term ended: the day the
 * file says the mark was stored where it says (PowerSchool's DateStored), else the district's calendar of term labels
 * ({@code village.kpi.term-ends}). A label is matched without case and without a school year written into it, so
 * "q1 2025-26" is the calendar's Q1. Public for the plausibility checks, which ask whether marks should have given
 * a GPA by a month.
 */
public final class TermCalendar {

    private static final Pattern YEAR_SPAN = Pattern.compile("\\d{4}\\s*[-/]\\s*(\\d{4}|\\d{2})");

    private final Map<String, MonthDay> ends = new LinkedHashMap<>();
    private final int schoolYearStartMonth;

    /**
     * @param ends the last day of each term as "MM-DD", e.g. Q1 → 10-31
     * @throws IllegalArgumentException naming the setting and the term, for a day that is not MM-DD
     */
    public TermCalendar(Map<String, String> ends, int schoolYearStartMonth) {
        ends.forEach((term, day) -> {
            try {
                this.ends.put(label(term), MonthDay.parse("--" + day.strip()));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("village.kpi.term-ends." + term + " is '" + day + "'; write the "
                        + "term's last day as MM-DD, for example 10-31", e);
            }
        });
        this.schoolYearStartMonth = schoolYearStartMonth;
    }

    /**
     * The day the term ended in that school year (2025-26), or empty when neither the mark nor the calendar says.
     */
    public Optional<LocalDate> end(String term, LocalDate dateStored, String schoolYear) {
        if (dateStored != null) {
            return Optional.of(dateStored);
        }
        MonthDay day = ends.get(label(term));
        if (day == null || schoolYear == null) {
            return Optional.empty();
        }
        int startYear = Integer.parseInt(schoolYear.substring(0, 4));
        int year = day.getMonthValue() >= schoolYearStartMonth ? startYear : startYear + 1;
        return Optional.of(day.atYear(year));
    }

    private static String label(String term) {
        return YEAR_SPAN.matcher(term).replaceAll("").strip().toUpperCase(Locale.ROOT);
    }
}
