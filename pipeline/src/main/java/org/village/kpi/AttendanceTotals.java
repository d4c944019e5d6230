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
 * year's rows: monthly summaries, and daily records as {@code attendance_month} sums them, only from sheets in use.
 * The rows come in no order and are summed here: grouping and sorting them in H2 took most of each attendance step's
 * time, and the month's rows are a part of the year's, so one pass gives both windows. The months of daily records
 * are kept for the effects' "now" periods, which count the days after a given day. The attendance figures read them,
 * the participation rates count the students at each school from them, and the effects take the months
 * ({@link MonthInputs}).
 */
final class AttendanceTotals {

    /** One student's days at one school; {@code inMonth}: the student has rows there in the month. */
    static final class SchoolDays {
        final String schoolId;
        final List<AttendanceMonths.Month> months = new ArrayList<>();
        boolean inMonth;
        BigDecimal yearEnrolled = BigDecimal.ZERO;
        BigDecimal yearPresent = BigDecimal.ZERO;
        BigDecimal monthEnrolled = BigDecimal.ZERO;
        BigDecimal monthPresent = BigDecimal.ZERO;

        SchoolDays(String schoolId) {
            this.schoolId = schoolId;
        }

        private void add(BigDecimal enrolled, BigDecimal present, boolean ofTheMonth) {
            yearEnrolled = yearEnrolled.add(enrolled);
            yearPresent = yearPresent.add(present);
            if (ofTheMonth) {
                inMonth = true;
                monthEnrolled = monthEnrolled.add(enrolled);
                monthPresent = monthPresent.add(present);
            }
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
        jdbc.sql(sql.get("student-summaries"))
                .param("fromDate", yearStart).param("throughDate", month.atEndOfMonth())
                .query(rs -> {
                    if (inUse.contains(rs.getLong("source_id"))) {
                        school(students, rs.getString("student_id"), rs.getString("school_id")).add(
                                rs.getBigDecimal("enrolled"), rs.getBigDecimal("present"),
                                !rs.getObject("period_end", LocalDate.class).isBefore(monthStart));
                    }
                });
        AttendanceMonths.read(jdbc, sql, yearStart, month.atEndOfMonth(), suspensionIsAbsence, row -> {
            AttendanceMonths.Month days = row.days();
            SchoolDays school = school(students, row.studentId(), row.schoolId());
            school.months.add(days);
            school.add(BigDecimal.valueOf(days.enrolled(AttendanceMonths.WHOLE_MONTH)),
                    BigDecimal.valueOf(days.present(AttendanceMonths.WHOLE_MONTH, tardyIsPresent)),
                    days.month().equals(month));
        });
        return Collections.unmodifiableMap(students);
    }

    private static SchoolDays school(Map<String, List<SchoolDays>> students, String studentId, String schoolId) {
        List<SchoolDays> schools = students.computeIfAbsent(studentId, s -> new ArrayList<>(1));
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
