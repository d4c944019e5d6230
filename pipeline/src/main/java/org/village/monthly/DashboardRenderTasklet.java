package org.village.monthly;

import java.nio.file.Path;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.output.MonthFolder;
import org.village.report.DistrictDashboard;
import org.village.report.DistrictDashboardRenderer;

/**
 * Writes the district dashboard for the month. The renderer writes under a temporary name and moves the file into
 * place, so the output folder never holds a half-written report, even if the process dies mid-render.
 */
class DashboardRenderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DashboardRenderTasklet.class);

    private final YearMonth month;
    private final Path outputRoot;
    private final DistrictDashboardAssembler assembler;
    private final DistrictDashboardRenderer renderer;

    DashboardRenderTasklet(YearMonth month, Path outputRoot, DistrictDashboardAssembler assembler,
            DistrictDashboardRenderer renderer) {
        this.month = month;
        this.outputRoot = outputRoot;
        this.assembler = assembler;
        this.renderer = renderer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        DistrictDashboard dashboard = assembler.assemble(month, jobInstanceId);
        Path target = new MonthFolder(outputRoot, month).districtDashboard();
        renderer.render(dashboard, target);
        contribution.incrementWriteCount(1);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString("districtDashboard", target.toString());
        log.info("Wrote {}", target);
        return RepeatStatus.FINISHED;
    }
}
