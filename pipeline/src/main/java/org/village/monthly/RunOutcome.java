package org.village.monthly;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.village.delivery.DeliveryLog;
import org.village.ingest.FileSummary;
import org.village.quality.DataWarning;

/**
 * What a month's run did, in the terms the command line reports: whether it completed, the reports it wrote, rows
 * loaded and rejected, each file's outcome, who sent nothing for the month, and, if it failed, one plain sentence
 * saying why, and how the e-mails went; the plausibility warnings on what it loaded and computed; and the reports
 * it did not write, each with why (a board packet before any partnership started).
 */
public record RunOutcome(YearMonth month, Status status, long jobExecutionId, long rowsLoaded, long rowsRejected,
        List<Path> reports, List<FileSummary> files, List<String> missingSubmissions, String failure,
        DeliveryLog.Summary deliveries, List<DataWarning> warnings, List<String> notWritten) {

    public enum Status { COMPLETED, ALREADY_COMPLETE, FAILED }

    public boolean succeeded() {
        return status != Status.FAILED;
    }

    /**
     * Finished, but something needs a person: a row or sheet was not used, something loaded looks wrong or counts
     * for nothing, an e-mail may have reached its recipient twice, or an address was refused for good.
     */
    public boolean needsAttention() {
        return succeeded() && (files.stream().anyMatch(FileSummary::hasProblems) || !warnings.isEmpty()
                || deliveries.unsent() > 0 || !deliveries.maybeSentTwice().isEmpty()
                || !deliveries.refused().isEmpty());
    }
}
