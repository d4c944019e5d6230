package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.delivery.DeliveryLog;
import org.village.delivery.DistrictInbox;
import org.village.delivery.FreePort;
import org.village.infrastructure.RunLock;
import org.village.schedule.RunHistory;

/**
 * The send log, its restart check and the run history that {@code status} and {@code backfill} read, on PostgreSQL
 * (the job tests of delivery and the schedule run on H2). Skipped unless {@code VILLAGE_TEST_PG_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "VILLAGE_TEST_PG_URL", matches = ".+",
        disabledReason = "set VILLAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test to run it on PostgreSQL")
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class)
class PostgresDeliveryAndStatusTest {

    private static final String SCHEMA = "village_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void postgresAndMailServer(DynamicPropertyRegistry registry) {
        new JdbcTemplate(new DriverManagerDataSource(PostgresMonthlyReportJobTest.url(),
                PostgresMonthlyReportJobTest.user(), PostgresMonthlyReportJobTest.password()))
                .execute("CREATE SCHEMA " + SCHEMA);
        String url = PostgresMonthlyReportJobTest.url();
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresMonthlyReportJobTest::user);
        registry.add("spring.datasource.password", PostgresMonthlyReportJobTest::password);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void dropTheSchema() {
        new JdbcTemplate(new DriverManagerDataSource(PostgresMonthlyReportJobTest.url(),
                PostgresMonthlyReportJobTest.user(), PostgresMonthlyReportJobTest.password()))
                .execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    RunHistory history;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @Test
    void sendsOnceRecordsEachSendAndListsTheRun() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
        YearMonth october = YearMonth.of(2026, 10);

        RunOutcome dryRun = monthlyRun.run(october, inbox, out, new MonthlyRun.Options(true, false));
        RunOutcome outcome = monthlyRun.run(october, inbox, out);

        assertThat(dryRun.deliveries().written()).isEqualTo(5);
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.deliveries()).isEqualTo(new DeliveryLog.Summary(5, 0, 0, 1, List.of(), List.of()));
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(history.completedMonths()).containsExactly(october);
        assertThat(history.recent(5)).hasSize(2).first().satisfies(run -> {
            assertThat(run.month()).isEqualTo(october);
            assertThat(run.dryRun()).isFalse();
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.attempts()).isOne();
            assertThat(run.reportsWritten()).as("district dashboard, board packet, three schools").isEqualTo(5);
            assertThat(run.emailsSent()).isEqualTo(5);
        });
        assertThat(history.recent(5).get(1).dryRun()).isTrue();
        assertThat(history.recent(5).get(1).filesLoaded()).as("the dry run loaded the files; the real run reused them")
                .isEqualTo(7);
    }

    /**
     * Processes on several machines can share one PostgreSQL database, and a run takes a month left "started" for
     * the run of a killed process, which it continues. While another process runs, a run must neither do that nor
     * load anything: it says why and leaves the repository as it was.
     */
    @Test
    void waitsForTheRunOfAnotherProcessOnTheSameDatabase() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
        YearMonth october = YearMonth.of(2026, 10);
        String url = PostgresMonthlyReportJobTest.url();
        RunLock anotherProcess = new RunLock(new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, PostgresMonthlyReportJobTest.user(),
                PostgresMonthlyReportJobTest.password()));

        RunOutcome refused;
        try (RunLock.Held running = anotherProcess.tryLock().orElseThrow()) {
            refused = monthlyRun.run(october, inbox, out, new MonthlyRun.Options(true, false));
        }
        RunOutcome afterwards = monthlyRun.run(october, inbox, out, new MonthlyRun.Options(true, false));

        assertThat(refused.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(refused.failure()).isEqualTo("another Village process is running a month on this database; one "
                + "run at a time can use it: try again when that run has finished");
        assertThat(afterwards.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(history.recent(5)).as("the refused run started nothing").hasSize(1)
                .first().satisfies(run -> assertThat(run.attempts()).isOne());
    }
}
