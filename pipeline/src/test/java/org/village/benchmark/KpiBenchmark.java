package org.village.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.VillageApplication;

/**
 * A month's KPIs against one plain read of that month's attendance rows (issue 5): a district of {@code students}
 * students in 200 schools with daily attendance from the first school day (2026-08-12) to the end of the last month
 * measured, loaded straight into H2 on disk with batched inserts (ingesting it through Village would take an hour and
 * is measured elsewhere), then, three times per month: a bare {@code SELECT} of the month's daily rows read to the
 * end over JDBC, and the monthly job's KPI steps (clear, attendance for the month and the year to date, GPA,
 * participation, effects, ROI, goals, suppression) as a job of their own. Daily attendance comes as one sheet a
 * month, summed by month before the timings (untimed), as the loader sums a sheet while it loads it: that cost is
 * ingest's, measured by the month-end benchmark. Run by
 * {@code benchmarks/kpi.sh}; prints a Markdown table for BENCHMARKS.md. Not a test: timings belong here, never in
 * the test suite.
 * <p>
 * The district: grades K–12 spread evenly, a tenth of each subgroup flag set; each student misses a day with their
 * own probability (1–15%). 170 partnerships serve one to three schools each from 2026-10-01, with the registry's
 * baseline the first seven weeks (2026-08-12 to 2026-09-30); a tenth of their schools' students attend a weekly
 * session. Four course marks per student for the first quarter.
 */
public final class KpiBenchmark {

    private static final int SCHOOLS = 200;
    private static final int PARTNERSHIPS = 170;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 12);
    private static final LocalDate PARTNERSHIP_START = LocalDate.of(2026, 10, 1);
    private static final String[] GRADES = {"K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    /** The steps of the KPI flow, as the job repository names them. */
    static final List<String> KPI_STEPS = List.of("clearMonthKpis", "computeAttendance", "computeGpa",
            "computeParticipation", "computeEffects", "computeReturnOnInvestment", "suppressSmallGroups",
            "computeGoalProgress");

    private KpiBenchmark() {
    }

    /** Arguments: students, last month loaded and measured, months to measure (YYYY-MM, comma-separated), repeats. */
    public static void main(String[] args) throws Exception {
        int students = Integer.parseInt(args[0]);
        List<YearMonth> months = List.of(args[1].split(",")).stream().map(YearMonth::parse).toList();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
        Path workdir = Files.createTempDirectory("village-kpi-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--village.workdir=" + workdir, "--logging.level.org.village=WARN",
                        "--logging.level.org.springframework.batch=WARN")) {
            DataSource dataSource = context.getBean(DataSource.class);
            long start = System.nanoTime();
            long rows = load(dataSource, students, last.atEndOfMonth());
            System.out.printf(Locale.US, "Loaded %,d daily attendance rows for %,d students in %.0f s%n", rows,
                    students, (System.nanoTime() - start) / 1e9);
            Job job = kpiJob(context);
            Job summarise = stepJob(context, "summariseAttendanceStep");
            JobOperator jobOperator = context.getBean(JobOperator.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            System.out.printf(Locale.US, "%n| students | month | month's rows | bare read, s | KPI steps, s | ratio | "
                    + "slowest steps (s) |%n|---|---|---|---|---|---|---|%n");
            int run = 0;
            for (YearMonth month : months) {
                List<Double> bare = new ArrayList<>();
                List<Double> kpis = new ArrayList<>();
                long monthRows = 0;
                Map<String, List<Double>> steps = new LinkedHashMap<>();
                // Summed as the loader would have summed the sheet while loading it.
                jobOperator.start(summarise, new JobParametersBuilder().addLong("run", (long) ++run)
                        .toJobParameters());
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    monthRows = bareRead(dataSource, month);
                    bare.add((System.nanoTime() - t0) / 1e9);
                    t0 = System.nanoTime();
                    JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                            .addString("month", month.toString()).addLong("run", (long) ++run).toJobParameters());
                    kpis.add((System.nanoTime() - t0) / 1e9);
                    if (execution.getStatus() != BatchStatus.COMPLETED) {
                        throw new IllegalStateException("KPI job failed: " + execution.getAllFailureExceptions());
                    }
                    jdbc.sql("SELECT step_name, start_time, end_time FROM batch_step_execution "
                                    + "WHERE job_execution_id = ?").param(execution.getId())
                            .query(rs -> {
                                steps.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(Duration.between(
                                        rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class))
                                        .toMillis() / 1e3);
                            });
                }
                StringBuilder slowest = new StringBuilder();
                steps.entrySet().stream()
                        .sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue()))).limit(5)
                        .forEach(e -> slowest.append(slowest.isEmpty() ? "" : ", ").append(e.getKey())
                                .append(String.format(Locale.US, " %.1f", median(e.getValue()))));
                System.out.printf(Locale.US, "| %,d | %s | %,d | %.2f | %.2f | %.1f | %s |%n", students, month,
                        monthRows, median(bare), median(kpis), median(kpis) / median(bare), slowest);
            }
        }
    }

    /** The monthly job's KPI flow, as it runs there, as a job of its own. */
    static Job kpiJob(ConfigurableApplicationContext context) {
        return new JobBuilder("kpiBenchmark", context.getBean(JobRepository.class))
                .start(context.getBean("computeKpisFlow", Flow.class)).end().build();
    }

    private static Job stepJob(ConfigurableApplicationContext context, String step) {
        return new JobBuilder(step + "Benchmark", context.getBean(JobRepository.class))
                .start(context.getBean(step, Step.class)).build();
    }

    /** Every daily attendance row of the month, each column read, as any consumer of the rows would. */
    /**
     * One plain read of the month's daily attendance rows, sheet by sheet through the table's key (source, row): the
     * daily rows have no index by date (V22), and scanning the whole table for the month would make this floor as
     * slow as the table is long. The month's sheets are those with rows summed in that month.
     */
    static long bareRead(DataSource dataSource, YearMonth month) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sheets = connection.prepareStatement(
                        "SELECT DISTINCT source_id FROM attendance_month WHERE month_start = ?");
                PreparedStatement select = connection.prepareStatement("SELECT student_id, school_id, "
                        + "attendance_date, status FROM daily_attendance WHERE source_id = ? AND attendance_date >= ? "
                        + "AND attendance_date <= ?")) {
            List<Long> sources = new ArrayList<>();
            sheets.setDate(1, Date.valueOf(month.atDay(1)));
            try (ResultSet rs = sheets.executeQuery()) {
                while (rs.next()) {
                    sources.add(rs.getLong(1));
                }
            }
            select.setFetchSize(10_000);
            select.setDate(2, Date.valueOf(month.atDay(1)));
            select.setDate(3, Date.valueOf(month.atEndOfMonth()));
            for (long source : sources) {
                select.setLong(1, source);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null && rs.getString(2) != null && rs.getDate(3) != null
                                && rs.getString(4) != null) {
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static long load(DataSource dataSource, int students, LocalDate through) throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO ingest_source (source_id, file_name, file_sha256, sheet_index, sheet_name, "
                        + "dataset, date1904, status, job_instance_id, registered_at) VALUES (1, 'bench', '"
                        + "0".repeat(64) + "', 0, 'bench', 'BENCH', FALSE, 'LOADED', 0, CURRENT_TIMESTAMP)");
            }
            // The district's daily attendance comes as one sheet a month, as the monthly job would find it.
            try (PreparedStatement sheet = c.prepareStatement("INSERT INTO ingest_source (source_id, file_name, "
                    + "file_sha256, sheet_index, sheet_name, dataset, date1904, status, job_instance_id, "
                    + "registered_at) VALUES (?, ?, ?, 0, 'attendance', 'DAILY_ATTENDANCE', FALSE, 'LOADED', 0, "
                    + "CURRENT_TIMESTAMP)")) {
                YearMonth last = YearMonth.from(through);
                for (YearMonth m = YearMonth.from(FIRST_DAY); !m.isAfter(last); m = m.plusMonths(1)) {
                    sheet.setLong(1, source(m));
                    sheet.setString(2, "attendance-" + m + ".csv");
                    sheet.setString(3, String.format(Locale.ROOT, "%064d", source(m)));
                    sheet.addBatch();
                }
                sheet.executeBatch();
            }
            try (PreparedStatement school = c.prepareStatement(
                    "INSERT INTO school (school_id, school_name, source_id) VALUES (?, ?, 1)")) {
                for (int i = 0; i < SCHOOLS; i++) {
                    school.setString(1, schoolId(i));
                    school.setString(2, "School " + i);
                    school.addBatch();
                }
                school.executeBatch();
            }
            try (PreparedStatement enrol = c.prepareStatement("INSERT INTO enrolment (source_id, source_row, "
                    + "student_id, school_id, grade, entry_date, gender, race_ethnicity, english_learner, disability, "
                    + "economically_disadvantaged, homeless, foster) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int s = 0; s < students; s++) {
                    enrol.setInt(1, s);
                    enrol.setString(2, studentId(s));
                    enrol.setString(3, schoolId(s % SCHOOLS));
                    enrol.setString(4, GRADES[(s / SCHOOLS) % GRADES.length]);
                    enrol.setDate(5, Date.valueOf(FIRST_DAY));
                    enrol.setString(6, random.nextBoolean() ? "F" : "M");
                    enrol.setString(7, List.of("Asian", "Black or African American", "Hispanic or Latino", "White",
                            "Two or More Races").get(random.nextInt(5)));
                    for (int flag = 8; flag <= 12; flag++) {
                        enrol.setBoolean(flag, random.nextInt(10) == 0);
                    }
                    enrol.addBatch();
                    if (s % 10_000 == 9_999) {
                        enrol.executeBatch();
                    }
                }
                enrol.executeBatch();
            }
            c.commit();
            // Generated inside the database, a school day per statement: row by row over JDBC the load alone took
            // longer than every measurement. Each student misses a day with a probability of their own (1–15%).
            try (Statement s = c.createStatement();
                    PreparedStatement day = c.prepareStatement("INSERT INTO daily_attendance (source_id, "
                            + "source_row, student_id, school_id, attendance_date, status) "
                            + "SELECT ?, ? + r.X, LPAD(CAST(r.X AS VARCHAR), 7, '0'), "
                            + "CAST(1000 + MOD(r.X - 1, " + SCHOOLS + ") AS VARCHAR), ?, "
                            + "CASE WHEN RAND() < 0.01 + 0.14 * POWER(MOD(r.X * 7919, 1000) / 1000.0, 2) "
                            + "THEN CASE WHEN RAND() < 0.5 THEN 'E' ELSE 'U' END "
                            + "WHEN RAND() > 0.97 THEN 'T' ELSE 'P' END "
                            + "FROM SYSTEM_RANGE(1, " + students + ") r")) {
                s.execute("CALL RAND(5)");
                for (LocalDate d = FIRST_DAY; !d.isAfter(through); d = d.plusDays(1)) {
                    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    day.setLong(1, source(YearMonth.from(d)));
                    day.setLong(2, rows);
                    day.setDate(3, Date.valueOf(d));
                    rows += day.executeUpdate();
                    c.commit();
                }
            }
            loadPartnerships(c, students, through, random);
            c.commit();
        }
        return rows;
    }

    private static void loadPartnerships(Connection c, int students, LocalDate through, SplittableRandom random)
            throws Exception {
        int row = 0;
        try (PreparedStatement partnership = c.prepareStatement("INSERT INTO partnership (partnership_id, "
                + "partner_name, partnership_type, start_date, baseline_start, baseline_end, district_investment, "
                + "partner_investment, minimum_dosage_hours, source_id) VALUES (?, ?, 'mentoring', ?, ?, ?, 10000, "
                + "5000, 10, 1)");
                PreparedStatement school = c.prepareStatement(
                        "INSERT INTO partnership_school (partnership_id, school_id) VALUES (?, ?)");
                PreparedStatement goal = c.prepareStatement("INSERT INTO partnership_goal (source_id, source_row, "
                        + "partnership_id, kpi, target) VALUES (1, ?, ?, 'attendance_rate', 0.95)");
                PreparedStatement session = c.prepareStatement("INSERT INTO participation (source_id, source_row, "
                        + "partnership_id, student_id, session_date, hours) VALUES (1, ?, ?, ?, ?, 1.5)")) {
            for (int p = 0; p < PARTNERSHIPS; p++) {
                String id = String.format(Locale.ROOT, "P-%03d", p + 1);
                partnership.setString(1, id);
                partnership.setString(2, "Partner " + p);
                partnership.setDate(3, Date.valueOf(PARTNERSHIP_START));
                partnership.setDate(4, Date.valueOf(FIRST_DAY));
                partnership.setDate(5, Date.valueOf(PARTNERSHIP_START.minusDays(1)));
                partnership.addBatch();
                goal.setInt(1, p);
                goal.setString(2, id);
                goal.addBatch();
                int first = random.nextInt(SCHOOLS);
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    int schoolIndex = (first + k) % SCHOOLS;
                    school.setString(1, id);
                    school.setString(2, schoolId(schoolIndex));
                    school.addBatch();
                    // Each school's students are s ≡ schoolIndex (mod SCHOOLS); a tenth of them, on the weekday
                    // of the partnership, every week from its start.
                    for (int s = schoolIndex; s < students; s += SCHOOLS) {
                        if (random.nextInt(10) != 0) {
                            continue;
                        }
                        LocalDate d = PARTNERSHIP_START.plusDays(random.nextInt(14));
                        for (; !d.isAfter(through); d = d.plusWeeks(1)) {
                            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                                continue;
                            }
                            session.setInt(1, row++);
                            session.setString(2, id);
                            session.setString(3, studentId(s));
                            session.setDate(4, Date.valueOf(d));
                            session.addBatch();
                        }
                    }
                }
            }
            partnership.executeBatch();
            school.executeBatch();
            goal.executeBatch();
            session.executeBatch();
        }
        try (PreparedStatement mark = c.prepareStatement("INSERT INTO course_mark (source_id, source_row, student_id, "
                + "school_id, term, course, mark, grade_points, credits, excluded, school_year) "
                + "VALUES (1, ?, ?, ?, 'Q1', ?, 'B', ?, 1, FALSE, '2026-27')")) {
            for (int s = 0; s < students; s++) {
                for (int course = 0; course < 4; course++) {
                    mark.setInt(1, row++);
                    mark.setString(2, studentId(s));
                    mark.setString(3, schoolId(s % SCHOOLS));
                    mark.setString(4, "Course " + course);
                    mark.setDouble(5, Math.round(random.nextDouble() * 40) / 10.0);
                    mark.addBatch();
                }
                if (s % 2_500 == 2_499) {
                    mark.executeBatch();
                }
            }
            mark.executeBatch();
        }
    }

    /** The daily attendance sheet of a month. */
    private static long source(YearMonth month) {
        return 100 + month.getYear() * 12L + month.getMonthValue();
    }

    private static String schoolId(int i) {
        return String.format(Locale.ROOT, "%04d", 1000 + i);
    }

    private static String studentId(int s) {
        return String.format(Locale.ROOT, "%07d", s + 1);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
