package org.village.schedule;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.ingest.IngestStepsConfiguration;

/**
 * Progress of a running month on the console, for the person waiting on it: each step as it starts and ends with
 * its counts, and every few seconds (village.schedule.progress-every) where a long step is: sheets loaded of those
 * registered, rows so far, and an estimate of the time left. It reads the job repository, which every step updates at
 * each commit, from a thread of its own, so it sees what a restart would see and needs no hook in any step.
 */
@Component
public class RunProgress implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** Partition workers are named {@code worker:partition}; the step a person recognises is the one without. */
    private static final char WORKER_SEPARATOR = ':';
    private static final Map<String, String> DOING = Map.ofEntries(
            Map.entry("registerInbox", "registering the inbox's files"),
            Map.entry("loadReferenceLists", "loading schools, partnerships and the distribution list"),
            Map.entry("loadRosters", "loading rosters"),
            Map.entry("loadActivity", "loading attendance, marks and partners' files"),
            Map.entry("completeSources", "checking each file's rejects"),
            Map.entry("deliverReports", "e-mailing the reports"),
            Map.entry("writeManifest", "writing the manifest"));

    private record StepRow(long id, String name, String status, long read, long written, long skipped,
            LocalDateTime start, LocalDateTime end) {

        boolean isWorker() {
            return name.indexOf(WORKER_SEPARATOR) >= 0;
        }

        boolean finished() {
            return end != null;
        }
    }

    private final JdbcClient jdbc;
    private final ScheduleProperties properties;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();

    RunProgress(JdbcClient jdbc, ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        Watch watch = new Watch(jobExecution.getId());
        watches.put(jobExecution.getId(), watch);
        watch.executor.scheduleWithFixedDelay(watch::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Watch watch = watches.remove(jobExecution.getId());
        if (watch != null) {
            watch.executor.shutdownNow();
            watch.poll();
        }
    }

    /** What has been said about one job execution, so each start, end and progress line is printed once. */
    private final class Watch {

        private final long jobExecutionId;
        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "village-progress");
            thread.setDaemon(true);
            return thread;
        });
        private final Set<Long> started = new HashSet<>();
        private final Set<Long> ended = new HashSet<>();
        private long lastProgressAt = System.nanoTime();

        Watch(long jobExecutionId) {
            this.jobExecutionId = jobExecutionId;
        }

        synchronized void poll() {
            try {
                List<StepRow> steps = jdbc.sql(RunHistory.SQL.get("step-progress"))
                        .param("jobExecutionId", jobExecutionId)
                        .query((rs, i) -> new StepRow(rs.getLong("step_execution_id"), rs.getString("step_name"),
                                rs.getString("status"), rs.getLong("read_count"), rs.getLong("write_count"),
                                rs.getLong("skip_count"), time(rs.getTimestamp("start_time")),
                                time(rs.getTimestamp("end_time"))))
                        .list();
                for (int i = 0; i < steps.size(); i++) {
                    StepRow step = steps.get(i);
                    if (step.isWorker() || step.start() == null) {
                        continue;
                    }
                    List<StepRow> workers = workersOf(steps, i);
                    if (started.add(step.id())) {
                        log.info("{}: {}...", step.name(), DOING.getOrDefault(step.name(), "started"));
                        lastProgressAt = System.nanoTime();
                    }
                    if (step.finished() && ended.add(step.id())) {
                        log.info("{}: {} in {}{}", step.name(), step.status().toLowerCase(Locale.ROOT),
                                duration(Duration.between(step.start(), step.end())), counts(step, workers));
                    }
                    else if (!step.finished()
                            && System.nanoTime() - lastProgressAt >= properties.progressEvery().toNanos()) {
                        log.info("{}: {}", step.name(), progress(step, workers));
                        lastProgressAt = System.nanoTime();
                    }
                }
            }
            catch (RuntimeException e) {
                // Progress is a courtesy: a failed look at the job repository must never disturb the run itself.
                log.debug("Could not read the run's progress", e);
            }
        }
    }

    /** A partitioned step's workers are created right after it and before the next step. */
    private static List<StepRow> workersOf(List<StepRow> steps, int index) {
        int end = index + 1;
        while (end < steps.size() && steps.get(end).isWorker()) {
            end++;
        }
        return steps.subList(index + 1, end);
    }

    /** The ingest's workers load one sheet each; other partitioned steps (the reports) are counted as parts. */
    private static boolean loadsSheets(List<StepRow> workers) {
        return workers.get(0).name().startsWith(IngestStepsConfiguration.LOAD_SOURCE_STEP + WORKER_SEPARATOR);
    }

    private static String counts(StepRow step, List<StepRow> workers) {
        if (!workers.isEmpty() && !loadsSheets(workers)) {
            return String.format(Locale.US, ": %,d part(s), %,d written", workers.size(),
                    workers.stream().mapToLong(StepRow::written).sum());
        }
        if (!workers.isEmpty()) {
            return String.format(Locale.US, ": %,d sheet(s), %,d rows loaded, %,d rejected", workers.size(),
                    workers.stream().mapToLong(StepRow::written).sum(),
                    workers.stream().mapToLong(StepRow::skipped).sum());
        }
        return step.read() + step.written() == 0 ? "" : String.format(Locale.US, ": %,d read, %,d written",
                step.read(), step.written());
    }

    private static String progress(StepRow step, List<StepRow> workers) {
        Duration elapsed = Duration.between(step.start(), LocalDateTime.now());
        if (workers.isEmpty()) {
            return "running for " + duration(elapsed)
                    + (step.read() + step.written() == 0 ? "" : String.format(Locale.US, ", %,d read, %,d written",
                            step.read(), step.written()));
        }
        long done = workers.stream().filter(StepRow::finished).count();
        long rows = workers.stream().mapToLong(StepRow::written).sum();
        long rejected = workers.stream().mapToLong(StepRow::skipped).sum();
        String line = loadsSheets(workers)
                ? String.format(Locale.US, "%d of %d sheet(s) done, %,d rows loaded, %,d rejected", done,
                        workers.size(), rows, rejected)
                : String.format(Locale.US, "%d of %d part(s) done", done, workers.size());
        if (done == 0) {
            return line + "; running for " + duration(elapsed);
        }
        Duration left = elapsed.multipliedBy(workers.size() - done).dividedBy(done);
        return line + "; about " + duration(left) + " left";
    }

    private static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
