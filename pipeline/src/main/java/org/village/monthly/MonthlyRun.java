package org.village.monthly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.village.delivery.DeliveryLog;
import org.village.delivery.DeliveryStepsConfiguration;
import org.village.infrastructure.FailureMessage;
import org.village.infrastructure.OwnerOnly;
import org.village.infrastructure.RunLock;
import org.village.ingest.DataReceived;
import org.village.ingest.FileSummary;
import org.village.ingest.IngestStepsConfiguration;
import org.village.ingest.IngestedData;
import org.village.ingest.RejectRetention;
import org.village.output.MonthFolder;
import org.village.quality.DataWarnings;

/**
 * Runs the monthly job for one month, the way the command line and the scheduler ask for it. Starting a month whose
 * last run failed restarts that run: finished steps are skipped and nothing is loaded twice. What a run writes, in
 * the work folder and in the month's output folder, is left readable by this account only ({@link OwnerOnly}).
 */
@Service
public class MonthlyRun {

    static final String MONTH = "month";
    static final String INBOX = "inbox";
    static final String INBOX_FINGERPRINT = "inboxFingerprint";
    /**
     * Present only when the inbox holds a file held back or not recognised under other reading settings: with the
     * settings changed, the same files make a new run, which judges that file again. Kept for as long as that run
     * exists, so a command given again restarts it (or finds it done) although it judged the file already.
     */
    static final String READING_SETTINGS = "readingSettings";
    static final String OUT = "out";
    /** Present only on a dry run, so a dry run is a run of its own and never stands in for the real one. */
    static final String DRY_RUN = DeliveryStepsConfiguration.DRY_RUN;
    /** Present only when a finished month is run again on purpose ({@code backfill --force}). */
    static final String FORCED_AT = "forcedAt";

    /**
     * How to run a month besides its inputs.
     *
     * @param dryRun write the e-mails to the output folder instead of sending them
     * @param force run the month again even if it finished with these very files (the e-mails go out again)
     */
    public record Options(boolean dryRun, boolean force) {
        public static final Options NONE = new Options(false, false);
    }

    private static final Logger log = LoggerFactory.getLogger(MonthlyRun.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    /** Months being run by this process, whose executions are alive even though the repository says "started". */
    private final Set<YearMonth> runningHere = ConcurrentHashMap.newKeySet();
    private final Job monthlyReportJob;
    private final IngestedData ingested;
    private final DeliveryLog deliveryLog;
    private final DataWarnings warnings;
    private final Clock clock;
    private final RejectRetention rejectRetention;
    private final Path workdir;
    private final RunLock runLock;

    MonthlyRun(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier("monthlyReportJob") Job monthlyReportJob, IngestedData ingested, DeliveryLog deliveryLog,
            DataWarnings warnings, Clock clock, RejectRetention rejectRetention,
            @Value("${village.workdir}") Path workdir, RunLock runLock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyReportJob = monthlyReportJob;
        this.ingested = ingested;
        this.deliveryLog = deliveryLog;
        this.warnings = warnings;
        this.clock = clock;
        this.rejectRetention = rejectRetention;
        this.workdir = workdir;
        this.runLock = runLock;
    }

    public RunOutcome run(YearMonth month, Path inbox, Path out) {
        return run(month, inbox, out, Options.NONE);
    }

    public RunOutcome run(YearMonth month, Path inbox, Path out, Options options) {
        try {
            return runAndKeepPrivate(month, inbox, out, options);
        }
        finally {
            OwnerOnly.tightenWorkFolder(workdir);
            OwnerOnly.tighten(new MonthFolder(out.toAbsolutePath().normalize(), month, options.dryRun()).directory());
        }
    }

    private RunOutcome runAndKeepPrivate(YearMonth month, Path inbox, Path out, Options options) {
        Path inboxDir = inbox.toAbsolutePath().normalize();
        Path outDir = out.toAbsolutePath().normalize();
        MonthFolder folder = new MonthFolder(outDir, month, options.dryRun());
        if (!Files.isDirectory(inboxDir)) {
            return failed(month, "the inbox folder " + inboxDir + " does not exist");
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(MONTH, month.toString())
                .addString(INBOX, inboxDir.toString())
                .addString(INBOX_FINGERPRINT, InboxFingerprint.of(inboxDir))
                .addString(OUT, outDir.toString(), false);
        if (options.dryRun()) {
            parameters.addString(DRY_RUN, "true");
        }
        if (options.force()) {
            parameters.addString(FORCED_AT, Instant.now(clock).toString());
        }
        JobParameters judgedAgain = new JobParametersBuilder(parameters.toJobParameters())
                .addString(READING_SETTINGS, ingested.readingSettings()).toJobParameters();
        if (ingested.heldUnderOtherSettings(inboxDir)
                || jobRepository.getJobInstance(MonthlyReportJobConfiguration.JOB_NAME, judgedAgain) != null) {
            parameters.addString(READING_SETTINGS, ingested.readingSettings());
        }
        JobExecution execution;
        if (!runningHere.add(month)) {
            return failed(month, "this month is already running in this process");
        }
        try (RunLock.Held held = runLock.tryLock().orElse(null)) {
            if (held == null) {
                return failed(month, "another Village process is running a month on this database; one run at a "
                        + "time can use it: try again when that run has finished");
            }
            createMonthFolder(folder);
            rejectRetention.purge();
            recoverInterrupted(month, parameters.toJobParameters());
            execution = jobOperator.start(monthlyReportJob, parameters.toJobParameters());
        }
        catch (JobInstanceAlreadyCompleteException e) {
            return new RunOutcome(month, RunOutcome.Status.ALREADY_COMPLETE, 0, 0, 0, reports(folder),
                    List.of(), List.of(), null, DeliveryLog.Summary.NONE, List.of(), List.of());
        }
        catch (Exception e) {
            return failed(month, firstLine(e));
        }
        finally {
            runningHere.remove(month);
        }
        return outcome(month, execution, folder);
    }

    /**
     * The month's folder, and the output folder if it is new, are made owner-only before anything is written there.
     * One that cannot be made (a file in its place) fails the run at its first report, with the reason, after what
     * can be loaded has been: that run then continues where it stopped once the folder is fixed.
     */
    private static void createMonthFolder(MonthFolder folder) {
        try {
            OwnerOnly.createDirectories(folder.directory());
        }
        catch (UncheckedIOException e) {
            log.debug("Could not create the month's folder yet: {}", e.getMessage());
        }
    }

    /**
     * A process killed mid-run (kill -9, a power cut) leaves its execution "started" in the job repository, and Spring
     * Batch refuses to start the month again while it looks alive. Nothing else can be running it: this process is
     * not, and this run holds the database's {@link RunLock}. So the execution is marked
     * failed, and the start below restarts it where it stopped. A process killed while starting the run, after Spring
     * Batch stored the run's job instance and before it stored its first execution, leaves an instance that Spring
     * Batch can neither start again nor restart ("Cannot find any job execution for job instance"); nothing ran under
     * it, so it is removed and the start below begins the run afresh.
     */
    private void recoverInterrupted(YearMonth month, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(MonthlyReportJobConfiguration.JOB_NAME, parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.info("The run of {} was stopped while it started, before it did anything; starting it again.", month);
            jobRepository.deleteJobInstance(instance);
            return;
        }
        JobExecution last = jobRepository.getLastJobExecution(MonthlyReportJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.isRunning()) {
            log.info("The run of {} started at {} did not finish (its process stopped); continuing it.", month,
                    last.getStartTime() == null ? last.getCreateTime() : last.getStartTime());
            jobOperator.recover(last);
        }
    }

    private RunOutcome outcome(YearMonth month, JobExecution execution, MonthFolder folder) {
        List<FileSummary> files = ingested.fileSummaries(execution.getJobInstance().getInstanceId());
        long loaded = 0;
        long rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith(IngestStepsConfiguration.LOAD_SOURCE_STEP)) {
                loaded += step.getWriteCount();
                rejected += step.getProcessSkipCount();
            }
            else if (step.getStepName().equals(IngestStepsConfiguration.COMPLETE_SOURCES_STEP)) {
                loaded -= step.getProcessSkipCount();
                rejected += step.getProcessSkipCount();
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = failureCause(execution).map(MonthlyRun::firstLine)
                    .orElse("the run ended with status " + execution.getStatus());
            return new RunOutcome(month, RunOutcome.Status.FAILED, execution.getId(), loaded, rejected, List.of(),
                    files, List.of(), reason, deliveryLog.summary(execution.getJobInstance().getInstanceId()),
                    List.of(), List.of());
        }
        DataReceived received = ingested.dataReceived(month, execution.getJobInstance().getInstanceId());
        List<String> missing = new ArrayList<>();
        received.schoolsWithoutAttendance().forEach(school -> missing.add(school + ": no attendance"));
        received.partnershipsWithoutParticipation().forEach(partner -> missing.add(partner + ": no participation"));
        return new RunOutcome(month, RunOutcome.Status.COMPLETED, execution.getId(), loaded, rejected,
                reports(folder), files, missing, null,
                deliveryLog.summary(execution.getJobInstance().getInstanceId()),
                warnings.forRun(execution.getJobInstance().getInstanceId()),
                execution.getExecutionContext().getString(DistrictReportsTasklet.NOT_WRITTEN, "").lines().toList());
    }

    /**
     * What went wrong, in the step where it happened: a partitioned step only says that a partition failed, so a
     * failed partition's own exception (its step is named {@code worker:partition}) comes first.
     */
    private static Optional<Throwable> failureCause(JobExecution execution) {
        Comparator<StepExecution> partitionsFirst = Comparator.comparing(step -> !step.getStepName().contains(":"));
        List<Throwable> failures = Stream.concat(
                execution.getStepExecutions().stream().sorted(partitionsFirst)
                        .flatMap(step -> step.getFailureExceptions().stream()),
                execution.getFailureExceptions().stream()).toList();
        // Running out of memory breaks whatever runs next (H2 closes its database), so it is the reason wherever
        // it was recorded.
        return failures.stream()
                .filter(failure -> FailureMessage.find(failure, OutOfMemoryError.class::isInstance).isPresent())
                .findFirst().or(() -> failures.stream().findFirst());
    }

    /** Every PDF of the run's folder, district dashboard first. */
    private static List<Path> reports(MonthFolder folder) {
        if (!Files.isDirectory(folder.directory())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder.directory())) {
            return walk.filter(folder::holds).filter(file -> file.getFileName().toString().endsWith(".pdf"))
                    .sorted(Comparator.comparing((Path file) -> !file.equals(folder.districtDashboard()))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder.directory(), e);
        }
    }

    private static RunOutcome failed(YearMonth month, String reason) {
        return new RunOutcome(month, RunOutcome.Status.FAILED, 0, 0, 0, List.of(), List.of(), List.of(), reason,
                DeliveryLog.Summary.NONE, List.of(), List.of());
    }

    /** One line for the person running the job; never a stack trace or a SQL statement. */
    static String firstLine(Throwable error) {
        return FailureMessage.oneLine(error);
    }
}
