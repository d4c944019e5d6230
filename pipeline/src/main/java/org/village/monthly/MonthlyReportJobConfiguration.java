package org.village.monthly;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.ingest.IngestedData;
import org.village.ingest.ReferenceDataCache;
import org.village.kpi.KpiFigures;
import org.village.kpi.KpiProperties;
import org.village.output.MonthFolder;
import org.village.report.ReportTemplates;

/**
 * The monthly job: ingest what is in the inbox, compute the month's figures ({@code org.village.kpi}'s flow), check
 * what loaded and came out for what is probably wrong ({@code org.village.quality}), render
 * the reports, e-mail them and write the month's manifest ({@code org.village.delivery}, always last). One job instance
 * per month and inbox content (identifying parameters), so a failed month restarts where it stopped and a finished
 * one is not run twice.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {

    public static final String JOB_NAME = "monthlyReport";

    /** Primary: the job the command line, the scheduler and the job tests mean when they say "the job". */
    @Bean
    @Primary
    public Job monthlyReportJob(JobRepository jobRepository,
            @Qualifier("registerInboxStep") Step registerInbox,
            @Qualifier("loadReferenceListsStep") Step loadReferenceLists,
            @Qualifier("loadRostersStep") Step loadRosters,
            @Qualifier("loadActivityStep") Step loadActivity,
            @Qualifier("completeSourcesStep") Step completeSources,
            @Qualifier("summariseAttendanceStep") Step summariseAttendance,
            @Qualifier("computeKpisFlow") Flow computeKpis,
            @Qualifier("checkPlausibilityStep") Step checkPlausibility,
            @Qualifier("renderDistrictReportsStep") Step renderDistrictReports,
            @Qualifier("renderScopedReportsStep") Step renderScopedReports,
            @Qualifier("exportFiguresStep") Step exportFigures,
            @Qualifier("deliverReportsStep") Step deliverReports,
            @Qualifier("writeManifestStep") Step writeManifest,
            ReferenceDataCache referenceDataCache,
            @Qualifier("runProgress") JobExecutionListener runProgress) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(
                        new String[] { MonthlyRun.MONTH, MonthlyRun.INBOX, MonthlyRun.OUT },
                        new String[] { MonthlyRun.INBOX_FINGERPRINT, MonthlyRun.READING_SETTINGS, MonthlyRun.DRY_RUN,
                            MonthlyRun.FORCED_AT }))
                .listener(referenceDataCache)
                .listener(runProgress)
                .flow(registerInbox)
                .next(loadReferenceLists)
                .next(loadRosters)
                .next(loadActivity)
                .next(completeSources)
                .next(summariseAttendance)
                .next(computeKpis)
                .next(checkPlausibility)
                .next(renderDistrictReports)
                .next(renderScopedReports)
                .next(exportFigures)
                .next(deliverReports)
                .next(writeManifest)
                .end()
                .build();
    }

    /** The figures workbook, then the figure ledger of every report rendered before it. */
    @Bean
    public Step exportFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FiguresWorkbookTasklet figuresWorkbookTasklet, FigureLedgerTasklet figureLedgerTasklet) {
        return new StepBuilder("exportFigures", jobRepository)
                .tasklet((contribution, context) -> {
                    figuresWorkbookTasklet.execute(contribution, context);
                    return figureLedgerTasklet.execute(contribution, context);
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    FigureLedgerTasklet figureLedgerTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + MonthlyRun.DRY_RUN + "']}") String dryRun,
            FigureLedger ledger) {
        return new FigureLedgerTasklet(MonthFolder.of(out, month, dryRun), ledger);
    }

    @Bean
    @StepScope
    FiguresWorkbookTasklet figuresWorkbookTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + MonthlyRun.DRY_RUN + "']}") String dryRun, KpiFigures figures,
            IngestedData ingested, KpiProperties kpiProperties, ReportProperties reportProperties) {
        return new FiguresWorkbookTasklet(MonthFolder.of(out, month, dryRun), figures, ingested.schoolNames(),
                kpiProperties.minimumGroupSize(),
                ReportTemplates.load(reportProperties.templates(), reportProperties.language()).messages());
    }
}
