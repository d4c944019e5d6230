package org.village.kpi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * When each term of a school year ends, so that GPA counts a term's marks from the month the term ended: the day the
 * file says the mark was stored where it says (PowerSchool's DateStored), else the term's real last day as sent
 * (OneRoster academic sessions, Ed-Fi sessions and grading periods, a term dates list: the mark's school's own, else
 * one for every school), else the district's calendar of term labels ({@code village.kpi.term-ends}). A label is
 * matched without case and without a school year written into it, so "q1 2025-26" is the calendar's Q1. Public for
 * the plausibility checks, which ask whether marks should have given a GPA by a month.
 */
public final class TermCalendar {

    private static final Pattern YEAR_SPAN = Pattern.compile("\\d{4}\\s*[-/]\\s*(\\d{4}|\\d{2})");

    private static final NamedQueries SQL = NamedQueries.load("kpi");

    private final Map<String, MonthDay> ends = new LinkedHashMap<>();
    private final int schoolYearStartMonth;
    /** Real last days sent, by school year, school ("" for every school) and label. */
    private final Map<String, LocalDate> sent = new HashMap<>();

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

    /** The calendar of a school year: the configured term ends and the term dates sent for that year. */
    public static TermCalendar ofSchoolYear(JdbcClient jdbc, KpiProperties properties, String schoolYear) {
        TermCalendar calendar = new TermCalendar(properties.termEnds(), properties.schoolYearStartMonth());
        jdbc.sql(SQL.get("term-dates")).param("schoolYear", schoolYear).query(rs -> {
            calendar.sent(schoolYear, rs.getString("school_id"), rs.getString("term"),
                    rs.getObject("end_date", LocalDate.class));
        });
        return calendar;
    }

    /**
     * Adds a term's real last day as sent for one school year; {@code schoolId} null for every school. Where two
     * files give one term different days, the later day counts, so no mark counts before its term is surely over.
     */
    void sent(String schoolYear, String schoolId, String term, LocalDate end) {
        sent.merge(key(schoolYear, schoolId, term), end, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * The day the term ended in that school year (2025-26) at that school, or empty when neither the mark, the term
     * dates sent nor the calendar says.
     */
    public Optional<LocalDate> end(String term, String schoolId, LocalDate dateStored, String schoolYear) {
        if (dateStored != null) {
            return Optional.of(dateStored);
        }
        if (schoolYear != null) {
            LocalDate real = schoolId == null ? null : sent.get(key(schoolYear, schoolId, term));
            if (real == null) {
                real = sent.get(key(schoolYear, null, term));
            }
            if (real != null) {
                return Optional.of(real);
            }
        }
        MonthDay day = ends.get(label(term));
        if (day == null || schoolYear == null) {
            return Optional.empty();
        }
        int startYear = Integer.parseInt(schoolYear.substring(0, 4));
        int year = day.getMonthValue() >= schoolYearStartMonth ? startYear : startYear + 1;
        return Optional.of(day.atYear(year));
    }

    private static String key(String schoolYear, String schoolId, String term) {
        return schoolYear + "\u0000" + (schoolId == null ? "" : schoolId) + "\u0000" + label(term);
    }

    private static String label(String term) {
        return YEAR_SPAN.matcher(term).replaceAll("").strip().toUpperCase(Locale.ROOT);
    }
}
