package org.village.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.village.ingest.InboxMonths;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;

/**
 * {@code serve}: runs the month just ended on a cron schedule, one run at a time. On start it looks back to the last
 * time the schedule should have fired; if that month has no finished run (the machine was off, the process was
 * down), it runs it once straight away. A month whose files have not changed since its finished run is not run again,
 * and a month the inbox holds no attendance for is not run at all: its reports would be empty and still be e-mailed.
 */
@Component
public class MonthlySchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlySchedule.class);

    private final MonthlyRun monthlyRun;
    private final InboxMonths inboxMonths;
    private final RunHistory history;
    private final ScheduleProperties properties;
    private final Clock clock;

    MonthlySchedule(MonthlyRun monthlyRun, InboxMonths inboxMonths, RunHistory history, ScheduleProperties properties,
            Clock clock) {
        this.monthlyRun = monthlyRun;
        this.inboxMonths = inboxMonths;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** A running schedule; {@link #stop()} lets a run in progress finish and then ends it. */
    public static final class Serving {

        private final ThreadPoolTaskScheduler scheduler;
        private final CountDownLatch stopped = new CountDownLatch(1);

        private Serving(ThreadPoolTaskScheduler scheduler) {
            this.scheduler = scheduler;
        }

        public void stop() {
            scheduler.shutdown();
            stopped.countDown();
        }

        public void awaitStop() throws InterruptedException {
            stopped.await();
        }
    }

    public Serving start(Path inbox, Path out, MonthlyRun.Options options, Consumer<RunOutcome> onRun) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("village-schedule-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds((int) Duration.ofHours(6).toSeconds());
        scheduler.initialize();
        // Stopping lets a run in progress finish, but must not wait for the next scheduled time.
        scheduler.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        Runnable runMonthJustEnded = () -> run(monthJustEnded(), inbox, out, options, onRun);
        missedMonth().ifPresent(month -> {
            log.info("Catching up: the run scheduled for {} did not happen; running it now.", month);
            scheduler.execute(() -> run(month, inbox, out, options, onRun));
        });
        scheduler.schedule(runMonthJustEnded, new CronTrigger(properties.cron(), properties.zoneId()));
        log.info("Serving: the month just ended runs on the schedule '{}' ({}); next at {}.", properties.cron(),
                properties.zoneId(), CronExpression.parse(properties.cron()).next(now()));
        return new Serving(scheduler);
    }

    /** The month of the last scheduled time, if that month has no finished run. */
    Optional<YearMonth> missedMonth() {
        return lastScheduledTime().map(time -> YearMonth.from(time).minusMonths(1))
                .filter(month -> !history.isComplete(month));
    }

    /**
     * Cron expressions only look forward, so look back over growing windows until one holds a scheduled time, then
     * walk forward to the last one before now: a few steps whether the cron fires every few seconds or once a year.
     */
    Optional<ZonedDateTime> lastScheduledTime() {
        CronExpression cron = CronExpression.parse(properties.cron());
        ZonedDateTime now = now();
        for (Duration window : new Duration[] { Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1),
                Duration.ofDays(32), Duration.ofDays(367), Duration.ofDays(4 * 366) }) {
            ZonedDateTime time = cron.next(now.minus(window));
            if (time == null || time.isAfter(now)) {
                continue;
            }
            for (ZonedDateTime next = cron.next(time); next != null && !next.isAfter(now); next = cron.next(time)) {
                time = next;
            }
            return Optional.of(time);
        }
        return Optional.empty();
    }

    private YearMonth monthJustEnded() {
        return YearMonth.from(now()).minusMonths(1);
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(properties.zoneId()));
    }

    private void run(YearMonth month, Path inbox, Path out, MonthlyRun.Options options, Consumer<RunOutcome> onRun) {
        try {
            if (!inboxMonths.holdsAttendanceFor(inbox, month)) {
                log.warn("{} is not run: the inbox holds no attendance for it yet, so there is nothing to report and "
                        + "nothing is e-mailed. It runs at the next scheduled time once its files are in, or now with "
                        + "run --month {}.", month, month);
                return;
            }
            log.info("Scheduled run of {}.", month);
            onRun.accept(monthlyRun.run(month, inbox, out, options));
        }
        catch (RuntimeException e) {
            // A run that throws must not end the schedule: next month is another chance, and the log has the cause.
            log.error("The scheduled run of {} could not start: {}", month, e.getMessage(), e);
        }
    }
}
