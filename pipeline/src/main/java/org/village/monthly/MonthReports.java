package org.village.monthly;

import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.village.report.ReportRenderer;
import org.village.report.ReportTemplates;

/**
 * A run's month figures and templates, read once and shared by every report the run renders, on every thread. Read
 * afresh for each job execution, so a restarted run, or the next run of a long-running scheduler, sees a district's
 * edited templates. Holds only the latest execution's month.
 */
@Component
class MonthReports {

    record Prepared(long jobExecutionId, MonthFigures figures, ReportRenderer renderer) {
    }

    private final ReportContentAssembler assembler;
    private final ReportProperties properties;
    private Prepared latest;

    MonthReports(ReportContentAssembler assembler, ReportProperties properties) {
        this.assembler = assembler;
        this.properties = properties;
    }

    synchronized Prepared prepare(YearMonth month, long jobInstanceId, long jobExecutionId) {
        if (latest == null || latest.jobExecutionId() != jobExecutionId) {
            latest = new Prepared(jobExecutionId, assembler.load(month, jobInstanceId),
                    new ReportRenderer(ReportTemplates.load(properties.templates(), properties.language())));
        }
        return latest;
    }

    ReportContentAssembler assembler() {
        return assembler;
    }
}
