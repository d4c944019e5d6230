package org.village.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * The monthly attendance rates of the months before a run's, back to the start of the previous school year, for the
 * trend charts (issue 21): a district that loads a year of history and runs only its latest month sees every loaded
 * month, not one dot. For each month no run of its own computed, it stores under that month the all-students rates
 * of the district and each school that a run of that month would store: the same reading of the attendance
 * ({@link AttendanceTotals}, from the month's first day), the same cells ({@link AttendanceKpis}) and the same
 * suppression ({@link KpiWriter}, whose families are those of one KPI in one window, so the month's rates are decided
 * alone exactly as among all of a run's figures). The figures of a month that was run are the run's and are never
 * touched, so a trend keeps showing what that month's own reports printed.
 * <p>
 * A month is computed again only when its inputs change: the settings that shape the rates and the attendance
 * sheets in use that may hold its days ({@code attendance_history}). Reading a month's attendance costs about a
 * quarter of the year-to-date read; two school years of it every month-end would double the KPI steps.
 */
final class AttendanceHistory {

    static final String COMPUTED_BY = "attendance-history";

    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final KpiWriter writer;

    /** {@code writer} must be named {@link #COMPUTED_BY}. */
    AttendanceHistory(KpiProperties properties, JdbcClient jdbc, NamedQueries sql, KpiWriter writer) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    /** Brings the history before {@code month} up to date; returns the figures written. */
    int update(YearMonth month) {
        YearMonth from = YearMonth.from(Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth()))
                .minusYears(1);
        List<StoredBaselines.Sheet> sheets = StoredBaselines.sheets(jdbc, sql, StoredBaselines.ATTENDANCE_SHEETS);
        String settings = "attendance rate by month; tardy as present " + properties.tardyCountsAsPresent()
                + ", suspension counts as absence " + properties.suspensionCountsAsAbsence()
                + ", minimum group size " + properties.minimumGroupSize() + "\n";
        int written = 0;
        for (YearMonth earlier = from; earlier.isBefore(month); earlier = earlier.plusMonths(1)) {
            if (hasFiguresOfItsOwn(earlier)) {
                continue;
            }
            YearMonth current = earlier;
            String inputs = StoredBaselines.sha256(settings, sheets.stream()
                    .filter(sheet -> sheet.mayHoldDays(current.atDay(1), current.atEndOfMonth())).toList());
            if (inputs.equals(storedInputs(earlier))) {
                continue;
            }
            List<KpiValue> rates = rates(earlier);
            writer.replace(earlier, rates);
            jdbc.sql(sql.get("delete-month-attendance-history")).param("reportMonth", earlier.toString()).update();
            jdbc.sql(sql.get("insert-attendance-history-inputs")).param("reportMonth", earlier.toString())
                    .param("inputsSha256", inputs).update();
            written += rates.size();
        }
        return written;
    }

    private boolean hasFiguresOfItsOwn(YearMonth month) {
        return jdbc.sql(sql.get("month-has-figures-of-its-own")).param("reportMonth", month.toString())
                .param("historyComputedBy", COMPUTED_BY).query(Integer.class).optional().isPresent();
    }

    private String storedInputs(YearMonth month) {
        return jdbc.sql(sql.get("attendance-history-inputs")).param("reportMonth", month.toString())
                .query(String.class).optional().orElse(null);
    }

    /**
     * The month's rates as its own run computes them: its month figures from a read that starts on its first day
     * give the same sums per student and school as the run's read from the start of the school year. Subgroups and
     * partnerships' participants are left out: the charts show neither, and the all-students rates of the district
     * and the schools neither depend on them nor share a family of suppression with them.
     */
    private List<KpiValue> rates(YearMonth month) {
        Map<String, List<AttendanceTotals.SchoolDays>> attendance = AttendanceTotals.read(jdbc, sql, month.atDay(1),
                month, properties.tardyCountsAsPresent(), properties.suspensionCountsAsAbsence());
        AttendanceKpis kpis = new AttendanceKpis(month.toString(), Window.MONTH, properties, Map.of());
        attendance.forEach((student, schools) -> {
            for (AttendanceTotals.SchoolDays school : schools) {
                if (school.monthEnrolled.signum() > 0) {
                    kpis.accept(new StudentAttendance(student, school.schoolId, school.monthEnrolled,
                            school.monthPresent, StudentProfile.UNKNOWN));
                }
            }
        });
        return kpis.finish().stream().filter(value -> value.kpi().equals(KpiValue.ATTENDANCE_RATE)).toList();
    }
}
