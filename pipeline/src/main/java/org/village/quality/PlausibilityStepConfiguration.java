package org.village.quality;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.kpi.KpiProperties;

/**
 * The monthly job's plausibility step, after the figures are computed and suppressed and before the reports: it
 * checks the month and replaces the month's warnings in one transaction, so a restart or a repeated run of the month
 * leaves each warning once.
 */
@Configuration(proxyBeanMethods = false)
public class PlausibilityStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlausibilityStepConfiguration.class);

    @Bean
    public Step checkPlausibilityStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcClient jdbc, PlausibilityProperties limits, KpiProperties kpi, DataWarnings store) {
        PlausibilityChecks checks = new PlausibilityChecks(jdbc, DataWarnings.SQL, limits, kpi);
        return new StepBuilder("checkPlausibility", jobRepository)
                .tasklet((contribution, context) -> {
                    YearMonth month = YearMonth.parse(
                            (String) context.getStepContext().getJobParameters().get("month"));
                    var warnings = checks.check(month);
                    store.replace(month, contribution.getStepExecution().getJobExecution().getJobInstance()
                            .getInstanceId(), warnings);
                    warnings.forEach(warning -> log.warn("{}: {}", month, warning.message()));
                    contribution.incrementWriteCount(warnings.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
