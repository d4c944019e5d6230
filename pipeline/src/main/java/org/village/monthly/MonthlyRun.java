package org.village.monthly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.village.ingest.DataReceived;
import org.village.ingest.FileSummary;
import org.village.ingest.IngestedData;
import org.village.output.MonthFolder;

/**
 * Runs the monthly job for one month, the way the command line and the scheduler ask for it. Starting a month whose
 * last run failed restarts that run: finished steps are skipped and nothing is loaded twice.
 */
@Service
public class MonthlyRun {

    static final String MONTH = "month";
    static final String INBOX = "inbox";
    static final String INBOX_FINGERPRINT = "inboxFingerprint";
    static final String OUT = "out";
    /** The partitioned loaders' worker step: one execution per sheet, so their counts add up to the run's. */
    private static final String WORKER_STEP = "loadSource";

    private final JobOperator jobOperator;
    private final Job monthlyReportJob;
    private final IngestedData ingested;

    MonthlyRun(JobOperator jobOperator, @Qualifier("monthlyReportJob") Job monthlyReportJob, IngestedData ingested) {
        this.jobOperator = jobOperator;
        this.monthlyReportJob = monthlyReportJob;
        this.ingested = ingested;
    }

    public RunOutcome run(YearMonth month, Path inbox, Path out) {
        Path inboxDir = inbox.toAbsolutePath().normalize();
        Path outDir = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(inboxDir)) {
            return failed(month, "the inbox folder " + inboxDir + " does not exist");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(MONTH, month.toString())
                .addString(INBOX, inboxDir.toString())
                .addString(INBOX_FINGERPRINT, InboxFingerprint.of(inboxDir))
                .addString(OUT, outDir.toString(), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(monthlyReportJob, parameters);
        }
        catch (JobInstanceAlreadyCompleteException e) {
            Path report = new MonthFolder(outDir, month).districtDashboard();
            return new RunOutcome(month, RunOutcome.Status.ALREADY_COMPLETE, 0, 0, 0,
                    Files.exists(report) ? List.of(report) : List.of(), List.of(), List.of(), null);
        }
        catch (Exception e) {
            return failed(month, firstLine(e));
        }
        return outcome(month, execution, outDir);
    }

    private RunOutcome outcome(YearMonth month, JobExecution execution, Path outDir) {
        List<FileSummary> files = ingested.fileSummaries(execution.getJobInstance().getInstanceId());
        long loaded = 0;
        long rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith(WORKER_STEP)) {
                loaded += step.getWriteCount();
                rejected += step.getProcessSkipCount();
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst().map(MonthlyRun::firstLine)
                    .orElse("the run ended with status " + execution.getStatus());
            return new RunOutcome(month, RunOutcome.Status.FAILED, execution.getId(), loaded, rejected, List.of(),
                    files, List.of(), reason);
        }
        DataReceived received = ingested.dataReceived(month, execution.getJobInstance().getInstanceId());
        List<String> missing = new ArrayList<>();
        received.schoolsWithoutAttendance().forEach(school -> missing.add(school + ": no attendance"));
        received.partnershipsWithoutParticipation().forEach(partner -> missing.add(partner + ": no participation"));
        return new RunOutcome(month, RunOutcome.Status.COMPLETED, execution.getId(), loaded, rejected,
                List.of(new MonthFolder(outDir, month).districtDashboard()), files, missing, null);
    }

    private static RunOutcome failed(YearMonth month, String reason) {
        return new RunOutcome(month, RunOutcome.Status.FAILED, 0, 0, 0, List.of(), List.of(), List.of(), reason);
    }

    /**
     * One line for the person running the job: the outermost message says what Village was doing, the innermost
     * what the system said; never a stack trace.
     */
    static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = error.getMessage();
        String inner = root.getMessage();
        String message;
        if (outer == null || outer.isBlank()) {
            message = inner == null ? root.getClass().getSimpleName() : inner;
        }
        else if (root == error || inner == null || outer.contains(inner)) {
            message = outer;
        }
        else {
            message = outer + ": " + inner;
        }
        return message.lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse(message);
    }
}
