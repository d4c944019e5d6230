package org.village.monthly;

import java.time.YearMonth;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.infrastructure.RestartSafeStepExecutionSplitter;
import org.village.output.MonthFolder;

/**
 * The monthly job's render steps: the district-wide reports in one step, then every school dashboard and success
 * story as partitions of one step, rendered on as many threads as the machine has cores.
 */
@Configuration(proxyBeanMethods = false)
class ReportStepsConfiguration {

    @Bean
    Step renderDistrictReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DistrictReportsTasklet districtReportsTasklet) {
        return new StepBuilder("renderDistrictReports", jobRepository)
                .tasklet(districtReportsTasklet, transactionManager)
                .build();
    }

    @Bean
    Step renderScopedReportsStep(JobRepository jobRepository,
            @Qualifier("renderScopedReportStep") Step renderScopedReport, ScopedReportPartitioner scopedReportPartitioner,
            TaskExecutor reportTaskExecutor) {
        return new StepBuilder("renderScopedReports", jobRepository)
                .partitioner(renderScopedReport.getName(), scopedReportPartitioner)
                .splitter(new RestartSafeStepExecutionSplitter(jobRepository, renderScopedReport.getName(),
                        scopedReportPartitioner))
                .step(renderScopedReport)
                .taskExecutor(reportTaskExecutor)
                .build();
    }

    @Bean
    Step renderScopedReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ScopedReportTasklet scopedReportTasklet) {
        // Not "render…": the partitioned step already counts its partitions' reports, and run summaries add up the
        // write counts of the steps whose names start with "render".
        return new StepBuilder("scopedReport", jobRepository)
                .tasklet(scopedReportTasklet, transactionManager)
                .build();
    }

    @Bean
    TaskExecutor reportTaskExecutor(ReportProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-");
        executor.setConcurrencyLimit(properties.renderThreads());
        return executor;
    }

    @Bean
    @StepScope
    DistrictReportsTasklet districtReportsTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + MonthlyRun.DRY_RUN + "']}") String dryRun,
            MonthReports reports, FigureLedger ledger) {
        return new DistrictReportsTasklet(MonthFolder.of(out, month, dryRun), reports, ledger);
    }

    @Bean
    @StepScope
    ScopedReportPartitioner scopedReportPartitioner(@Value("#{jobParameters['month']}") String month,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId, MonthReports reports) {
        return new ScopedReportPartitioner(
                reports.prepare(YearMonth.parse(month), jobInstanceId, jobExecutionId).figures());
    }

    @Bean
    @StepScope
    ScopedReportTasklet scopedReportTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + MonthlyRun.DRY_RUN + "']}") String dryRun,
            @Value("#{stepExecutionContext['" + ScopedReportPartitioner.KIND + "']}") String kind,
            @Value("#{stepExecutionContext['" + ScopedReportPartitioner.ID + "']}") String id, MonthReports reports,
            FigureLedger ledger) {
        return new ScopedReportTasklet(MonthFolder.of(out, month, dryRun), kind, id, reports, ledger);
    }
}
