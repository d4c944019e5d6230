package org.village.ingest;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.infrastructure.NamedQueries;

/**
 * The ingest steps of the monthly job: register what is in the inbox, load each dataset in dependency order
 * (schools, then rosters, then attendance, which is checked against the rosters), then close the loaded sheets.
 * Bad rows are a skip policy: they go to the rejects table and the rest of the file loads.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepsConfiguration {

    private static final NamedQueries SQL = NamedQueries.load("ingest");

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IngestProperties properties;

    IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcClient jdbc, DataSource dataSource, IngestProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Bean
    public Step registerInboxStep(InboxRegistrationTasklet inboxRegistrationTasklet) {
        return new StepBuilder("registerInbox", jobRepository)
                .tasklet(inboxRegistrationTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    InboxRegistrationTasklet inboxRegistrationTasklet(@Value("#{jobParameters['inbox']}") String inbox) {
        return new InboxRegistrationTasklet(Path.of(inbox), jdbc, SQL);
    }

    @Bean
    public Step loadSchoolsStep(@Qualifier("schoolsReader")
            DatasetRowReader schoolsReader) {
        return loadStep("loadSchools", schoolsReader, new SchoolRowProcessor(checks()),
                writer(SQL.get("merge-school")));
    }

    @Bean
    public Step loadRostersStep(@Qualifier("rostersReader")
            DatasetRowReader rostersReader) {
        return loadStep("loadRosters", rostersReader, new RosterRowProcessor(checks()),
                writer(SQL.get("insert-enrolment")));
    }

    @Bean
    public Step loadAttendanceSummariesStep(
            @Qualifier("attendanceSummariesReader")
            DatasetRowReader attendanceSummariesReader,
            AttendanceSummaryRowProcessor attendanceSummaryRowProcessor) {
        return loadStep("loadAttendanceSummaries", attendanceSummariesReader, attendanceSummaryRowProcessor,
                writer(SQL.get("insert-attendance-summary")));
    }

    @Bean
    public Step completeSourcesStep() {
        return new StepBuilder("completeSources", jobRepository)
                .tasklet(new SourceCompletionTasklet(jdbc, SQL), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    DatasetRowReader schoolsReader(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new DatasetRowReader(Dataset.SCHOOLS, Path.of(inbox), jobInstanceId, jdbc, SQL);
    }

    @Bean
    @StepScope
    DatasetRowReader rostersReader(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new DatasetRowReader(Dataset.ROSTER, Path.of(inbox), jobInstanceId, jdbc, SQL);
    }

    @Bean
    @StepScope
    DatasetRowReader attendanceSummariesReader(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new DatasetRowReader(Dataset.ATTENDANCE_SUMMARY, Path.of(inbox), jobInstanceId, jdbc, SQL);
    }

    @Bean
    @StepScope
    AttendanceSummaryRowProcessor attendanceSummaryRowProcessor() {
        return new AttendanceSummaryRowProcessor(checks(), StudentSchools.load(jdbc, SQL));
    }

    private <T> Step loadStep(String name, DatasetRowReader reader, ItemProcessor<DatasetRow, T> processor,
            ItemWriter<T> writer) {
        return new StepBuilder(name, jobRepository)
                .<DatasetRow, T>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skipPolicy((problem, skipped) -> problem instanceof RowRejectedException)
                .skipListener(new RejectRecorder(jdbc, SQL))
                .build();
    }

    private <T> ItemWriter<T> writer(String sql) {
        return new JdbcBatchItemWriterBuilder<T>()
                .dataSource(dataSource)
                .sql(sql)
                .itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
                .assertUpdates(false)
                .build();
    }

    private RowChecks checks() {
        return new RowChecks(new CellValues(properties.dayBeforeMonth()));
    }
}
