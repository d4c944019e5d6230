package org.village.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.delivery.DistrictInbox;
import org.village.ingest.InboxMonths;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;

/**
 * {@code serve}: the job on a cron schedule, and the catch-up of a month whose scheduled run was missed while Village
 * was down. "Now" is 10 November 2026, so the month just ended is October, the fixture's month.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class)
@Import(MonthlyScheduleTest.TenthOfNovember.class)
@ExtendWith(OutputCaptureExtension.class)
class MonthlyScheduleTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TestConfiguration
    static class TenthOfNovember {
        @Bean
        @Primary
        Clock tenthOfNovember() {
            return Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    InboxMonths inboxMonths;

    @Autowired
    RunHistory history;

    @Autowired
    Clock clock;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    private final List<RunOutcome> outcomes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFromAnEmptyDistrict() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, List.of());
    }

    private MonthlySchedule schedule(String cron) {
        return schedule(cron, clock);
    }

    private MonthlySchedule schedule(String cron, Clock at) {
        return new MonthlySchedule(monthlyRun, inboxMonths, history,
                new ScheduleProperties(cron, "UTC", Duration.ofSeconds(10)), at);
    }

    @Test
    void runsAMonthMissedWhileDownOnceOnStart() throws Exception {
        MonthlySchedule monthly = schedule("0 0 6 2 * *");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-10T12:00:00Z"));
        assertThat(monthly.lastScheduledTime()).hasValueSatisfying(
                time -> assertThat(time.toInstant()).isEqualTo(Instant.parse("2026-11-02T06:00:00Z")));
        assertThat(monthly.missedMonth()).contains(OCTOBER);

        MonthlySchedule.Serving serving = monthly.start(inbox, out, MonthlyRun.Options.NONE, outcomes::add);
        await(() -> !outcomes.isEmpty());
        serving.stop();

        assertThat(outcomes).singleElement().extracting(RunOutcome::month, RunOutcome::status)
                .containsExactly(OCTOBER, RunOutcome.Status.COMPLETED);
        assertThat(out.resolve("2026-10/district-dashboard-2026-10.pdf")).isNotEmptyFile();
        assertThat(monthly.missedMonth()).as("caught up once: nothing to catch up on the next start").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Integer.class).single()).isOne();
    }

    @Test
    void runsTheMonthJustEndedOnEveryTickOfTheCronAndPicksUpNewFiles() throws Exception {
        assertThat(monthlyRun.run(OCTOBER, inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);
        MonthlySchedule everyTwoSeconds = schedule("*/2 * * * * *");
        assertThat(everyTwoSeconds.missedMonth()).isEmpty();

        MonthlySchedule.Serving serving = everyTwoSeconds.start(inbox, out, MonthlyRun.Options.NONE, outcomes::add);
        try {
            await(() -> outcomes.size() >= 2);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status())
                    .isEqualTo(RunOutcome.Status.ALREADY_COMPLETE));
            Files.copy(inbox.resolve("attendance/0102-2026-10.xlsx"), inbox.resolve("attendance/resent.xlsx"));
            await(() -> outcomes.stream().anyMatch(outcome -> outcome.status() == RunOutcome.Status.COMPLETED));
        }
        finally {
            serving.stop();
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.month()).isEqualTo(OCTOBER));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single())
                .as("the first run and the one for the new file").isEqualTo(2);
    }

    /**
     * On December 10th the inbox holds October only: November, missed on the 2nd and the month just ended at every
     * tick, has nothing to report, so it is neither caught up nor run, and the log says why.
     */
    @Test
    void neverRunsAMonthTheInboxHoldsNoAttendanceFor(CapturedOutput output) throws Exception {
        MonthlySchedule everyTwoSeconds = schedule("*/2 * * * * *",
                Clock.fixed(Instant.parse("2026-12-10T12:00:00Z"), ZoneOffset.UTC));
        assertThat(everyTwoSeconds.missedMonth()).contains(YearMonth.of(2026, 11));

        MonthlySchedule.Serving serving = everyTwoSeconds.start(inbox, out, MonthlyRun.Options.NONE, outcomes::add);
        try {
            await(() -> output.getOut().split("2026-11 is not run: the inbox holds no attendance for it yet", -1)
                    .length > 3);
        }
        finally {
            serving.stop();
        }

        assertThat(outcomes).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isZero();
        assertThat(out.resolve("2026-11")).doesNotExist();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
