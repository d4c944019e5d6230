package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Daily attendance in use as {@code attendance_month} holds it: per month, student and school, bitmaps of the days
 * enrolled, present and tardy (bit 0 is the 1st). A window that starts or ends inside a month counts the bits inside
 * it, which is what counting its daily rows gives. Where suspensions do not count as absences, the suspended days
 * are taken out of the days enrolled as the rows are read.
 */
final class AttendanceMonths {

    /** One sheet's layer of one student's month at one school. */
    record Row(String studentId, String schoolId, Month days) {
    }

    /** A month's days as bitmaps: enrolled (less suspensions where they are not absences), present and tardy. */
    record Month(YearMonth month, int enrolledDays, int presentDays, int tardyDays) {

        /** Days present among {@code days} (a bitmap of the month). */
        int present(int days, boolean tardyIsPresent) {
            return Integer.bitCount(presentDays & days) + (tardyIsPresent ? Integer.bitCount(tardyDays & days) : 0);
        }

        int enrolled(int days) {
            return Integer.bitCount(enrolledDays & days);
        }
    }

    static final int WHOLE_MONTH = -1;

    private AttendanceMonths() {
    }

    /** Every row in use of the months from {@code from}'s to {@code through}'s, in no particular order. */
    static void read(JdbcClient jdbc, NamedQueries sql, LocalDate from, LocalDate through,
            boolean suspensionIsAbsence, Consumer<Row> rows) {
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        // One YearMonth a month, not one a row: the year to date keeps its rows in memory.
        Map<LocalDate, YearMonth> months = new HashMap<>();
        jdbc.sql(sql.get("attendance-months"))
                .param("fromMonth", from.withDayOfMonth(1)).param("throughMonth", through.withDayOfMonth(1))
                .query(rs -> {
                    if (!inUse.contains(rs.getLong("source_id"))) {
                        return;
                    }
                    YearMonth month = months.computeIfAbsent(rs.getObject("month_start", LocalDate.class),
                            YearMonth::from);
                    int enrolled = suspensionIsAbsence ? rs.getInt("enrolled_days")
                            : rs.getInt("enrolled_days") & ~rs.getInt("suspended_days");
                    rows.accept(new Row(rs.getString("student_id"), rs.getString("school_id"),
                            new Month(month, enrolled, rs.getInt("present_days"), rs.getInt("tardy_days"))));
                });
    }

    /** The days of {@code month} from {@code from} through {@code through}, as a bitmap. */
    static int between(YearMonth month, LocalDate from, LocalDate through) {
        return onOrAfter(month, from) & ~after(month, through);
    }

    /** The days of {@code month} after {@code day}, as a bitmap. */
    static int after(YearMonth month, LocalDate day) {
        YearMonth dayMonth = YearMonth.from(day);
        if (month.isAfter(dayMonth)) {
            return WHOLE_MONTH;
        }
        return month.equals(dayMonth) ? WHOLE_MONTH << day.getDayOfMonth() : 0;
    }

    private static int onOrAfter(YearMonth month, LocalDate day) {
        return after(month, day.minusDays(1));
    }
}
