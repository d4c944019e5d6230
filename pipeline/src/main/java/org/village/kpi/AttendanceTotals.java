package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Each student's days at each school over the school year to date and over its last month, from one read of the
 * year's rows: monthly summaries and daily records summed by month, only from sheets in use. The rows come in no
 * order and are summed here: grouping and sorting them in H2 took most of each attendance step's time, and the
 * month's rows are a part of the year's, so one pass gives both windows. The attendance figures read them, and the
 * participation rates count the students at each school from them ({@link MonthInputs}).
 */
final class AttendanceTotals {

    /** One student's days at one school; {@code inMonth}: the student has rows there in the month. */
    static final class SchoolDays {
        final String schoolId;
        boolean inMonth;
        BigDecimal yearEnrolled = BigDecimal.ZERO;
        BigDecimal yearPresent = BigDecimal.ZERO;
        BigDecimal monthEnrolled = BigDecimal.ZERO;
        BigDecimal monthPresent = BigDecimal.ZERO;

        SchoolDays(String schoolId) {
            this.schoolId = schoolId;
        }
    }

    private AttendanceTotals() {
    }

    /**
     * Per student, their schools' days from {@code yearStart} to the end of {@code month}. Tardy counts as present
     * if {@code tardyIsPresent}; a day of suspension is a day enrolled and missed if {@code suspensionIsAbsence},
     * else it is left out of the days enrolled.
     */
    static Map<String, List<SchoolDays>> read(JdbcClient jdbc, NamedQueries sql, LocalDate yearStart,
            YearMonth month, boolean tardyIsPresent, boolean suspensionIsAbsence) {
        LocalDate monthStart = month.atDay(1);
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        Map<String, List<SchoolDays>> students = new HashMap<>();
        jdbc.sql(sql.get("student-attendance"))
                .param("fromDate", yearStart).param("throughDate", month.atEndOfMonth())
                .param("tardyIsPresent", tardyIsPresent ? 1 : 0)
                .param("suspensionIsAbsence", suspensionIsAbsence ? 1 : 0)
                .query(rs -> {
                    if (!inUse.contains(rs.getLong("source_id"))) {
                        return;
                    }
                    SchoolDays days = school(students.computeIfAbsent(rs.getString("student_id"),
                            s -> new ArrayList<>(1)), rs.getString("school_id"));
                    BigDecimal enrolled = rs.getBigDecimal("enrolled");
                    BigDecimal present = rs.getBigDecimal("present");
                    days.yearEnrolled = days.yearEnrolled.add(enrolled);
                    days.yearPresent = days.yearPresent.add(present);
                    if (!rs.getObject("period_day", LocalDate.class).isBefore(monthStart)) {
                        days.inMonth = true;
                        days.monthEnrolled = days.monthEnrolled.add(enrolled);
                        days.monthPresent = days.monthPresent.add(present);
                    }
                });
        return Collections.unmodifiableMap(students);
    }

    private static SchoolDays school(List<SchoolDays> schools, String schoolId) {
        for (SchoolDays school : schools) {
            if (school.schoolId.equals(schoolId)) {
                return school;
            }
        }
        SchoolDays school = new SchoolDays(schoolId);
        schools.add(school);
        return school;
    }
}
