package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.VillageApplication;
import org.village.infrastructure.NamedQueries;

/**
 * Daily attendance summed by month ({@code attendance_month}) gives what counting the daily rows gives, for windows
 * of whole months and for windows that start or end inside a month: with tardy days counted either way, a day sent
 * twice in one sheet, the same day in two sheets, a sheet replaced after it was summarised, and ingest tables emptied
 * and refilled so that a new sheet gets an old sheet's id. The reference is the daily rows counted in SQL, as the
 * KPI queries did before the monthly sums. Runs on H2 and, in {@code PostgresAttendanceMonthsTest}, on PostgreSQL.
 */
@SpringBootTest(classes = VillageApplication.class)
abstract class AttendanceMonthsTest {

    private static final NamedQueries SQL = NamedQueries.load("kpi");
    private static final String DAILY_COUNTS = """
            SELECT d.student_id, d.school_id,
                   SUM(CASE WHEN d.status = 'S' AND :suspensionIsAbsence = 0 THEN 0 ELSE 1 END) AS enrolled,
                   SUM(CASE WHEN d.status = 'P' OR (d.status = 'T' AND :tardyIsPresent = 1) THEN 1 ELSE 0 END)
                       AS present
            FROM daily_attendance d
            JOIN ingest_source s ON s.source_id = d.source_id AND s.status = 'LOADED'
            WHERE d.attendance_date >= :fromDate AND d.attendance_date <= :throughDate
            GROUP BY d.student_id, d.school_id
            HAVING SUM(CASE WHEN d.status = 'S' AND :suspensionIsAbsence = 0 THEN 0 ELSE 1 END) > 0""";
    private static final AtomicLong RUNS = new AtomicLong(System.currentTimeMillis());
    private static final List<String> STATUSES = List.of("P", "P", "P", "P", "T", "E", "U", "A", "S");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("summariseAttendanceStep")
    Step summariseAttendance;

    @BeforeEach
    void emptyTheIngestTables() {
        for (String table : List.of("kpi_value", "attendance_summary", "daily_attendance", "ingest_source")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void countsEveryWindowAsTheDailyRowsDo() throws Exception {
        source(1, "LOADED", "a");
        source(2, "LOADED", "b");
        source(3, "LOADED", "c");
        SplittableRandom random = new SplittableRandom(8);
        days(1, random, LocalDate.of(2026, 8, 12), LocalDate.of(2026, 11, 13), 6);
        days(2, random, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 12, 4), 3);
        days(3, random, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 3);
        summarise();
        jdbc.sql("UPDATE ingest_source SET status = 'REPLACED' WHERE source_id = 3").update();

        assertThat(jdbc.sql("SELECT MAX(layer) FROM attendance_month").query(Integer.class).single())
                .as("a day sent twice in one sheet").isPositive();
        for (boolean tardyIsPresent : List.of(true, false)) {
            for (boolean suspensionIsAbsence : List.of(true, false)) {
                for (LocalDate[] window : List.of(
                        dates("2026-08-01", "2026-08-31"), dates("2026-07-01", "2026-11-30"),
                        dates("2026-08-12", "2026-09-30"), dates("2026-08-20", "2026-10-07"),
                        dates("2026-09-15", "2026-09-15"), dates("2026-10-31", "2026-12-31"),
                        dates("2026-10-02", "2026-10-28"))) {
                    assertThat(monthly(window[0], window[1], tardyIsPresent, suspensionIsAbsence))
                            .as("%s to %s, tardy present: %s, suspension absent: %s", window[0], window[1],
                                    tardyIsPresent, suspensionIsAbsence)
                            .isEqualTo(daily(window[0], window[1], tardyIsPresent, suspensionIsAbsence))
                            .isNotEmpty();
                }
                Map<String, List<AttendanceTotals.SchoolDays>> totals = AttendanceTotals.read(jdbc, SQL,
                        LocalDate.of(2026, 7, 1), YearMonth.of(2026, 11), tardyIsPresent, suspensionIsAbsence);
                assertThat(wholeMonths(totals, true)).isEqualTo(daily(LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 11, 30), tardyIsPresent, suspensionIsAbsence));
                assertThat(wholeMonths(totals, false)).isEqualTo(daily(LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 30), tardyIsPresent, suspensionIsAbsence)).isNotEmpty();
            }
        }
        assertThat(daily(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 30), true, false))
                .as("suspended days were sent").isNotEqualTo(daily(LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 11, 30), true, true));
    }

    @Test
    void aNewSheetWithAnOldSheetsIdIsSummarisedAfresh() throws Exception {
        source(1, "LOADED", "a");
        days(1, new SplittableRandom(1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 2);
        summarise();
        emptyTheIngestTables();
        source(1, "LOADED", "d");
        days(1, new SplittableRandom(2), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 16), 2);
        summarise();

        assertThat(monthly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), true, true))
                .isEqualTo(daily(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), true, true))
                .isNotEmpty();
    }

    private static LocalDate[] dates(String from, String through) {
        return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(through) };
    }

    private void source(long id, String status, String sha) {
        jdbc.sql("INSERT INTO ingest_source (source_id, file_name, file_sha256, sheet_index, sheet_name, dataset, "
                + "date1904, status, job_instance_id, registered_at) VALUES (?, 'f', ?, 0, 's', 'DAILY_ATTENDANCE', "
                + "FALSE, ?, 0, CURRENT_TIMESTAMP)").params(id, sha.repeat(64), status).update();
    }

    /** Every school day for students s1–s4 at school A (s4 moves to school B in October); some days sent twice. */
    private void days(long source, SplittableRandom random, LocalDate from, LocalDate through, int duplicates) {
        int row = 0;
        for (LocalDate day = from; !day.isAfter(through); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int student = 1; student <= 4; student++) {
                String school = student == 4 && day.getMonthValue() >= 10 && day.getDayOfMonth() > 14 ? "B" : "A";
                int times = random.nextInt(20) == 0 && duplicates-- > 0 ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    jdbc.sql("INSERT INTO daily_attendance (source_id, source_row, student_id, school_id, "
                            + "attendance_date, status) VALUES (?, ?, ?, ?, ?, ?)")
                            .params(source, row++, "s" + student, school, day,
                                    STATUSES.get(random.nextInt(STATUSES.size())))
                            .update();
                }
            }
        }
    }

    /** The monthly job's step that sums the sheets the loader did not (here, rows inserted by hand). */
    private void summarise() throws Exception {
        Job job = new JobBuilder("summariseAttendance", jobRepository).start(summariseAttendance).build();
        JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                .addLong("run", RUNS.incrementAndGet()).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /** Enrolled and present days per student and school, as "student school" → [enrolled, present]. */
    private Map<String, List<Integer>> daily(LocalDate from, LocalDate through, boolean tardyIsPresent,
            boolean suspensionIsAbsence) {
        return counted(DAILY_COUNTS, from, through, tardyIsPresent, suspensionIsAbsence);
    }

    /** The attendance step's own sums for the year to date (or its last month), as {@link #daily} gives them. */
    private static Map<String, List<Integer>> wholeMonths(Map<String, List<AttendanceTotals.SchoolDays>> totals,
            boolean yearToDate) {
        Map<String, List<Integer>> days = new TreeMap<>();
        totals.forEach((student, schools) -> schools.forEach(school -> {
            BigDecimal enrolled = yearToDate ? school.yearEnrolled : school.monthEnrolled;
            BigDecimal present = yearToDate ? school.yearPresent : school.monthPresent;
            if (enrolled.signum() > 0) {
                days.put(student + " " + school.schoolId, List.of(enrolled.intValueExact(), present.intValueExact()));
            }
        }));
        return days;
    }

    private Map<String, List<Integer>> counted(String query, LocalDate from, LocalDate through,
            boolean tardyIsPresent, boolean suspensionIsAbsence) {
        Map<String, List<Integer>> days = new TreeMap<>();
        jdbc.sql(query).param("fromDate", from).param("throughDate", through)
                .param("tardyIsPresent", tardyIsPresent ? 1 : 0)
                .param("suspensionIsAbsence", suspensionIsAbsence ? 1 : 0)
                .query(rs -> {
                    days.put(rs.getString("student_id") + " " + rs.getString("school_id"),
                            List.of(rs.getInt("enrolled"), rs.getInt("present")));
                });
        return days;
    }

    private Map<String, List<Integer>> monthly(LocalDate from, LocalDate through, boolean tardyIsPresent,
            boolean suspensionIsAbsence) {
        Map<String, int[]> sums = new TreeMap<>();
        AttendanceMonths.read(jdbc, SQL, from, through, suspensionIsAbsence, row -> {
            AttendanceMonths.Month month = row.days();
            int window = AttendanceMonths.between(month.month(), from, through);
            if ((month.enrolledDays() & window) != 0) {
                int[] sum = sums.computeIfAbsent(row.studentId() + " " + row.schoolId(), k -> new int[2]);
                sum[0] += month.enrolled(window);
                sum[1] += month.present(window, tardyIsPresent);
            }
        });
        Map<String, List<Integer>> days = new TreeMap<>();
        sums.forEach((key, sum) -> days.put(key, List.of(sum[0], sum[1])));
        return days;
    }
}
