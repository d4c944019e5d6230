package org.village.monthly;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.output.MonthFolder;

/**
 * Renders one partition's report: a school's dashboard or a partnership's success story. Written under a temporary
 * name and moved into place, so a partition cut short leaves no half-written file, and rendering it again on restart
 * simply replaces whatever was there, as its figures replace its lines of the figure ledger.
 */
class ScopedReportTasklet implements Tasklet {

    private final MonthFolder folder;
    private final String kind;
    private final String id;
    private final MonthReports reports;
    private final FigureLedger ledger;

    ScopedReportTasklet(MonthFolder folder, String kind, String id, MonthReports reports,
            FigureLedger ledger) {
        this.folder = folder;
        this.kind = kind;
        this.id = id;
        this.reports = reports;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        MonthReports.Prepared prepared = reports.prepare(folder.month(), job.getJobInstance().getInstanceId(), job.getId());
        ReportContentAssembler assembler = reports.assembler();
        if (ScopedReportPartitioner.SCHOOL.equals(kind)) {
            Path dashboard = folder.schoolDashboard(id);
            ledger.replace(folder, dashboard, prepared.renderer().render(assembler.school(prepared.figures(), id),
                    dashboard));
            contribution.incrementWriteCount(1);
        } else {
            assembler.story(prepared.figures(), id).ifPresent(story -> {
                Path page = folder.successStory(id);
                ledger.replace(folder, page, prepared.renderer().render(story, page));
                contribution.incrementWriteCount(1);
            });
        }
        return RepeatStatus.FINISHED;
    }
}
