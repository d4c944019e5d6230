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
 * year's rows: summaries, and daily records as {@code attendance_month} sums them, only from sheets in use. A summary
 * counts toward the school year to date of the month its period ends and of every later month of that year; toward
 * the month's own figure only if its whole period lies in that month, since a summary of September to June says
 * nothing about June alone.
 * The rows come in no order and are summed here: grouping and sorting them in H2 took most of each attendance step's
 * time, and the month's rows are a part of the year's, so one pass gives both windows. The months of daily records
 * are kept for the effects' "now" periods, which count the days after a given day. The attendance figures read them,
 * the participation rates count the students at each school from them, and the effects take the months
 * ({@link MonthInputs}).
 */
final class AttendanceTotals {

    /**
     * One student's days at one school; {@code inMonth}: the student has rows there that reach into the month.
     * {@code firstDay} and {@code lastDay} bound the rows counted in the year to date; {@code spansMonths}: one of
     * them is a summary of more than one calendar month.
     */
    static final class SchoolDays {
        final String schoolId;
        final List<AttendanceMonths.Month> months = new ArrayList<>();
        boolean inMonth;
        BigDecimal yearEnrolled = BigDecimal.ZERO;
        BigDecimal yearPresent = BigDecimal.ZERO;
        BigDecimal monthEnrolled = BigDecimal.ZERO;
        BigDecimal monthPresent = BigDecimal.ZERO;
        LocalDate firstDay;
        LocalDate lastDay;
        boolean spansMonths;

        SchoolDays(String schoolId) {
            this.schoolId = schoolId;
        }

        private void add(BigDecimal enrolled, BigDecimal present, boolean reachesTheMonth, boolean ofTheMonth) {
            yearEnrolled = yearEnrolled.add(enrolled);
            yearPresent = yearPresent.add(present);
            inMonth |= reachesTheMonth;
            if (ofTheMonth) {
                monthEnrolled = monthEnrolled.add(enrolled);
                monthPresent = monthPresent.add(present);
            }
        }

        private void covers(LocalDate from, LocalDate through) {
            firstDay = firstDay == null || from.isBefore(firstDay) ? from : firstDay;
            lastDay = lastDay == null || through.isAfter(lastDay) ? through : lastDay;
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
                        LocalDate start = rs.getObject("period_start", LocalDate.class);
                        LocalDate end = rs.getObject("period_end", LocalDate.class);
                        boolean spansMonths = !YearMonth.from(start).equals(YearMonth.from(end));
                        SchoolDays school = school(students, rs.getString("student_id"), rs.getString("school_id"));
                        school.add(rs.getBigDecimal("enrolled"), rs.getBigDecimal("present"),
                                !end.isBefore(monthStart), !spansMonths && !start.isBefore(monthStart));
                        school.covers(start, end);
                        school.spansMonths |= spansMonths;
                    }
                });
        AttendanceMonths.read(jdbc, sql, yearStart, month.atEndOfMonth(), suspensionIsAbsence, row -> {
            AttendanceMonths.Month days = row.days();
            SchoolDays school = school(students, row.studentId(), row.schoolId());
            school.months.add(days);
            boolean ofTheMonth = days.month().equals(month);
            school.add(BigDecimal.valueOf(days.enrolled(AttendanceMonths.WHOLE_MONTH)),
                    BigDecimal.valueOf(days.present(AttendanceMonths.WHOLE_MONTH, tardyIsPresent)), ofTheMonth,
                    ofTheMonth);
            if (days.enrolledDays() != 0) {
                school.covers(days.month().atDay(Integer.numberOfTrailingZeros(days.enrolledDays()) + 1),
                        days.month().atDay(Integer.SIZE - Integer.numberOfLeadingZeros(days.enrolledDays())));
            }
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
