package org.village.monthly;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.village.ingest.FileSummary;
import org.village.ingest.IngestedData;

/** Runs the ingest steps on an inbox and reports, file by file, what loaded and what did not. */
@Service
public class InboxValidation {

    private final JobOperator jobOperator;
    private final Job validateInboxJob;
    private final IngestedData ingested;

    InboxValidation(JobOperator jobOperator, @Qualifier("validateInboxJob") Job validateInboxJob,
            IngestedData ingested) {
        this.jobOperator = jobOperator;
        this.validateInboxJob = validateInboxJob;
        this.ingested = ingested;
    }

    /** Rejected rows shown one by one, for a data manager to open the file at; the rest are counted. */
    static final int REJECTS_SHOWN = 20;

    public record Outcome(List<FileSummary> files, List<String> firstRejects, String failure) {
    }

    public Outcome validate(Path inbox) {
        Path inboxDir = inbox.toAbsolutePath().normalize();
        if (!inboxDir.toFile().isDirectory()) {
            return new Outcome(List.of(), List.of(), "the inbox folder " + inboxDir + " does not exist");
        }
        try {
            JobExecution execution = jobOperator.start(validateInboxJob, new JobParametersBuilder()
                    .addString(MonthlyRun.INBOX, inboxDir.toString())
                    .addString(MonthlyRun.INBOX_FINGERPRINT, InboxFingerprint.of(inboxDir))
                    .toJobParameters());
            long jobInstanceId = execution.getJobInstance().getInstanceId();
            List<FileSummary> files = ingested.fileSummaries(jobInstanceId);
            List<String> rejects = ingested.firstRejects(jobInstanceId, REJECTS_SHOWN);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return new Outcome(files, rejects, execution.getAllFailureExceptions().stream().findFirst()
                        .map(MonthlyRun::firstLine).orElse("the check ended with status " + execution.getStatus()));
            }
            return new Outcome(files, rejects, null);
        }
        catch (Exception e) {
            return new Outcome(List.of(), List.of(), MonthlyRun.firstLine(e));
        }
    }
}
