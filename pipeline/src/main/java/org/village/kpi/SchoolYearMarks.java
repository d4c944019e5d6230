package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * A month's school year of course marks that count toward GPA, per student in student order: their credit-weighted
 * grade points per school (in school order) and term, for the terms that ended by the end of the month or whose end
 * is not known ({@link TermCalendar}: the day stored, the term dates sent, the configured calendar); and the terms
 * whose end is known neither from the calendar nor from the files.
 */
record SchoolYearMarks(String schoolYear, Map<String, List<TermMarks>> byStudent, Set<String> undatedTerms) {

    static SchoolYearMarks read(JdbcClient jdbc, NamedQueries sql, YearMonth month, KpiProperties properties) {
        String schoolYear = Window.schoolYear(month.atDay(1), properties.schoolYearStartMonth());
        LocalDate monthEnd = month.atEndOfMonth();
        TermCalendar calendar = TermCalendar.ofSchoolYear(jdbc, properties, schoolYear);
        Map<String, List<TermMarks>> marks = new LinkedHashMap<>();
        Set<String> undated = new TreeSet<>();
        jdbc.sql(sql.get("student-gpa")).param("schoolYear", schoolYear).query(rs -> {
            String term = rs.getString("term");
            Optional<LocalDate> end = calendar.end(term, rs.getString("school_id"),
                    rs.getObject("date_stored", LocalDate.class), schoolYear);
            if (end.isEmpty()) {
                undated.add(term);
            }
            if (end.isEmpty() || !end.get().isAfter(monthEnd)) {
                marks.computeIfAbsent(rs.getString("student_id"), s -> new ArrayList<>(2))
                        .add(new TermMarks(rs.getString("school_id"), end.orElse(null),
                                rs.getBigDecimal("points"), rs.getBigDecimal("credits")));
            }
        });
        return new SchoolYearMarks(schoolYear, Collections.unmodifiableMap(marks),
                Collections.unmodifiableSet(undated));
    }
}
