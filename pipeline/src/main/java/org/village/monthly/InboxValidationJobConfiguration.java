package org.village.monthly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.village.ingest.ReferenceDataCache;

/**
 * The ingest half of the monthly job on its own, for {@code validate}: the command runs it against a throw-away
 * copy of the database, so a data manager sees exactly what a run would load and reject while nothing changes.
 */
@Configuration(proxyBeanMethods = false)
public class InboxValidationJobConfiguration {

    public static final String JOB_NAME = "validateInbox";

    @Bean
    public Job validateInboxJob(JobRepository jobRepository,
            @Qualifier("registerInboxStep") Step registerInbox,
            @Qualifier("loadReferenceListsStep") Step loadReferenceLists,
            @Qualifier("loadRostersStep") Step loadRosters,
            @Qualifier("loadActivityStep") Step loadActivity,
            @Qualifier("completeSourcesStep") Step completeSources,
            ReferenceDataCache referenceDataCache) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] { MonthlyRun.INBOX },
                        new String[] { MonthlyRun.INBOX_FINGERPRINT }))
                .listener(referenceDataCache)
                .start(registerInbox)
                .next(loadReferenceLists)
                .next(loadRosters)
                .next(loadActivity)
                .next(completeSources)
                .build();
    }
}
