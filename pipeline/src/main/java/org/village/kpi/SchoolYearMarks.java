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
 * The month's school year of course marks that count toward GPA, per student: their credit-weighted grade points per
 * school and term, for the terms that ended by the end of the month or whose end is not known ({@link TermCalendar}).
 * One per run of the job (job-scoped), read by the first step that asks: the GPA figures and the effects both need
 * them, and reading them took each of the two steps two and a half seconds at 150,000 students.
 */
class SchoolYearMarks {

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private Map<String, List<TermMarks>> byStudent;
    private final Set<String> undatedTerms = new TreeSet<>();

    SchoolYearMarks(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The school year, as course marks name it (2026-27). */
    public String schoolYear() {
        return Window.schoolYear(month.atDay(1), properties.schoolYearStartMonth());
    }

    /** By student in student order, each student's marks by school and term, in school order. */
    public synchronized Map<String, List<TermMarks>> byStudent() {
        if (byStudent == null) {
            byStudent = Collections.unmodifiableMap(read());
        }
        return byStudent;
    }

    /** The terms with marks whose end is known neither from the calendar nor from the files. */
    public synchronized Set<String> undatedTerms() {
        byStudent();
        return Collections.unmodifiableSet(undatedTerms);
    }

    private Map<String, List<TermMarks>> read() {
        String schoolYear = schoolYear();
        LocalDate monthEnd = month.atEndOfMonth();
        TermCalendar calendar = new TermCalendar(properties.termEnds(), properties.schoolYearStartMonth());
        Map<String, List<TermMarks>> marks = new LinkedHashMap<>();
        jdbc.sql(sql.get("student-gpa")).param("schoolYear", schoolYear).query(rs -> {
            String term = rs.getString("term");
            Optional<LocalDate> end = calendar.end(term, rs.getObject("date_stored", LocalDate.class), schoolYear);
            if (end.isEmpty()) {
                undatedTerms.add(term);
            }
            if (end.isEmpty() || !end.get().isAfter(monthEnd)) {
                marks.computeIfAbsent(rs.getString("student_id"), s -> new ArrayList<>(2))
                        .add(new TermMarks(rs.getString("school_id"), term, end.orElse(null),
                                rs.getBigDecimal("points"), rs.getBigDecimal("credits")));
            }
        });
        return marks;
    }
}
