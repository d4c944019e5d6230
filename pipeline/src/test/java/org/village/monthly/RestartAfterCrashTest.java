package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.delivery.DistrictInbox;

/**
 * What a process killed mid-run leaves behind, in process (CrashRecoveryTest kills real JVMs, where CI is set). While
 * a run starts, the job repository can be left in one of two states a restart must get past: Spring Batch stored the
 * run's job instance but not yet its execution (every later start failed with "Cannot find any job execution for job
 * instance"), or stored the execution but no step of it. The same command then runs the month to the end, with the
 * figures of a run that was never stopped. And a KPI step whose figures were committed before it could be marked
 * complete runs again on restart: it replaces its own figures instead of failing on them.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class)
class RestartAfterCrashTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @BeforeEach
    void startFromAnEmptyDistrict() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
    }

    @Test
    void aJobInstanceWithNoExecutionIsStartedAfresh() {
        jobRepository.createJobInstance(MonthlyReportJobConfiguration.JOB_NAME, parameters());

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).as(outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isOne();
        assertTheMonthsFigures();
    }

    @Test
    void anExecutionThatNeverStartedAStepIsContinued() {
        JobInstance instance = jobRepository.createJobInstance(MonthlyReportJobConfiguration.JOB_NAME, parameters());
        JobExecution started = jobRepository.createJobExecution(instance, parameters(), new ExecutionContext());
        started.setStatus(BatchStatus.STARTED);
        jobRepository.update(started);

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).as(outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID").query(String.class)
                .list()).containsExactly("FAILED", "COMPLETED");
        assertTheMonthsFigures();
    }

    @Test
    void everyKpiStepRunAgainAfterItsFiguresWereCommittedLeavesTheSameFigures() throws Exception {
        assertThat(monthlyRun.run(OCTOBER, inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);
        List<String> once = figures();

        for (String step : List.of("computeAttendance", "computeParticipation", "computeGpa", "computeEffects",
                "computeReturnOnInvestment", "suppressSmallGroups", "computeGoalProgress")) {
            JobParameters again = new JobParametersBuilder(parameters()).addString("step", step).toJobParameters();
            assertThat(jobOperatorTestUtils.startStep(step, again, new ExecutionContext()).getStatus()).as(step)
                    .isEqualTo(BatchStatus.COMPLETED);
        }

        assertThat(figures()).isNotEmpty().isEqualTo(once);
        assertTheMonthsFigures();
    }

    /** Every stored figure, goal's progress and assumption of the month, as text. */
    private List<String> figures() {
        List<String> rows = new ArrayList<>(jdbc.sql("SELECT period_kind, scope, scope_id, subgroup, kpi, kpi_value, "
                + "numerator, denominator, n, suppressed, suppression_reason, lower_bound, upper_bound, computed_by "
                + "FROM kpi_value WHERE report_month = '2026-10' ORDER BY period_kind, scope, scope_id, subgroup, kpi")
                .query((rs, i) -> row(rs)).list());
        rows.addAll(jdbc.sql("SELECT * FROM goal_progress WHERE report_month = '2026-10'").query((rs, i) -> row(rs))
                .list());
        rows.addAll(jdbc.sql("SELECT * FROM kpi_assumption WHERE report_month = '2026-10'").query((rs, i) -> row(rs))
                .list());
        return rows;
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            if (rs.getMetaData().getColumnType(c) != Types.TIMESTAMP) {
                row.append(rs.getString(c)).append('|');
            }
        }
        return row.toString();
    }

    /** DistrictFixture's October, worked by hand: the district's rate 705 of 720 days, stored once. */
    private void assertTheMonthsFigures() {
        assertThat(jdbc.sql("SELECT numerator, denominator FROM kpi_value WHERE report_month = '2026-10' "
                + "AND period_kind = 'MONTH' AND scope = 'DISTRICT' AND subgroup = 'all' AND kpi = 'attendance_rate'")
                .query((rs, i) -> rs.getBigDecimal(1).intValue() + "/" + rs.getBigDecimal(2).intValue()).list())
                .containsExactly("705/720");
    }

    /** The identifying parameters the run gives the job for this inbox. */
    private JobParameters parameters() {
        Path inboxDir = inbox.toAbsolutePath().normalize();
        return new JobParametersBuilder()
                .addString(MonthlyRun.MONTH, OCTOBER.toString())
                .addString(MonthlyRun.INBOX, inboxDir.toString())
                .addString(MonthlyRun.INBOX_FINGERPRINT, InboxFingerprint.of(inboxDir))
                .addString(MonthlyRun.OUT, out.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }
}
