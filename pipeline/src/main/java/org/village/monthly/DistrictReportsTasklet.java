package org.village.monthly;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.output.MonthFolder;
import org.village.report.ReportRenderer;

/**
 * Writes the month's district-wide reports: the district dashboard and the board packet (one line, before any
 * partnership started), and notes in the job's context the reports the month does not get, for the run's summary.
 * The renderer writes under a temporary name and moves the file into place, so the output folder never holds a
 * half-written report, even if the process dies mid-render. Being the month's first render, it starts the month's
 * figure ledger afresh; each report's figures go into it in this step's transaction.
 */
class DistrictReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DistrictReportsTasklet.class);

    /** The job's context key for the month's reports not written and why, one a line, for the run's summary. */
    static final String NOT_WRITTEN = "reportsNotWritten";

    private final MonthFolder folder;
    private final MonthReports reports;
    private final FigureLedger ledger;

    DistrictReportsTasklet(MonthFolder folder, MonthReports reports, FigureLedger ledger) {
        this.folder = folder;
        this.reports = reports;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        MonthReports.Prepared prepared = reports.prepare(folder.month(), job.getJobInstance().getInstanceId(), job.getId());
        ReportRenderer renderer = prepared.renderer();
        ledger.clear(folder.month());
        ledger.replace(folder, folder.districtDashboard(),
                renderer.render(reports.assembler().district(prepared.figures()), folder.districtDashboard()));
        ledger.replace(folder, folder.boardPacket(),
                renderer.render(reports.assembler().board(prepared.figures()), folder.boardPacket()));
        contribution.incrementWriteCount(2);
        log.info("Wrote {} and {}", folder.districtDashboard(), folder.boardPacket());
        job.getExecutionContext().putString(NOT_WRITTEN,
                String.join("\n", ReportContentAssembler.notWritten(prepared.figures())));
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString("districtDashboard", folder.districtDashboard().toString());
        return RepeatStatus.FINISHED;
    }
}
