package org.village.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.village.infrastructure.NamedQueries;
import org.village.infrastructure.RestartSafeStepExecutionSplitter;

/**
 * The ingest steps of the monthly job: register what is in the inbox, load the sheets stage by stage (reference
 * lists, then rosters, then activity, which is checked against both), each stage partitioned so that files load in
 * parallel, then close the loaded sheets and sum by month the daily attendance the loader could not. One loader
 * step serves every dataset. Bad rows are a skip policy: they go to the rejects table and the rest of the file loads.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepsConfiguration {

    /** The worker step that loads one sheet; its partitions are named after it, which run summaries rely on. */
    public static final String LOAD_SOURCE_STEP = "loadSource";
    /** Closes the loaded sheets; the rows it rejects (marks with no school year) were counted loaded by the loader. */
    public static final String COMPLETE_SOURCES_STEP = "completeSources";

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
        return new InboxRegistrationTasklet(Path.of(inbox), properties.dictionary(),
                properties.columnEvidence(), new SheetDates(properties.dateLocale(), properties.dayBeforeMonth()),
                properties.readingFingerprint(), jdbc, SQL);
    }

    /**
     * Reference lists load one at a time: they are small, and two lists merged into the same schools at once waited
     * on each other's row locks until a lock timeout that named no file.
     */
    @Bean
    public Step loadReferenceListsStep(Step loadSourceStep, SourcePartitioner referenceListPartitioner) {
        SimpleAsyncTaskExecutor oneAtATime = new SimpleAsyncTaskExecutor("ingest-lists-");
        oneAtATime.setConcurrencyLimit(1);
        return stage("loadReferenceLists", referenceListPartitioner, loadSourceStep, oneAtATime);
    }

    @Bean
    public Step loadRostersStep(Step loadSourceStep, TaskExecutor ingestTaskExecutor,
            SourcePartitioner rosterPartitioner) {
        return stage("loadRosters", rosterPartitioner, loadSourceStep, ingestTaskExecutor);
    }

    @Bean
    public Step loadActivityStep(Step loadSourceStep, TaskExecutor ingestTaskExecutor,
            SourcePartitioner activityPartitioner) {
        return stage("loadActivity", activityPartitioner, loadSourceStep, ingestTaskExecutor);
    }

    @Bean
    @StepScope
    SourcePartitioner referenceListPartitioner(
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new SourcePartitioner(Dataset.Stage.REFERENCE, jobInstanceId, jdbc, SQL);
    }

    @Bean
    @StepScope
    SourcePartitioner rosterPartitioner(
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new SourcePartitioner(Dataset.Stage.ROSTER, jobInstanceId, jdbc, SQL);
    }

    @Bean
    @StepScope
    SourcePartitioner activityPartitioner(
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        return new SourcePartitioner(Dataset.Stage.ACTIVITY, jobInstanceId, jdbc, SQL);
    }

    @Bean
    public Step completeSourcesStep(@Value("${village.kpi.school-year-start-month:7}") int schoolYearStartMonth,
            Clock clock) {
        return new StepBuilder(COMPLETE_SOURCES_STEP, jobRepository)
                .tasklet(new SourceCompletionTasklet(jdbc, SQL, properties.rejectThreshold(), schoolYearStartMonth,
                        clock), transactionManager)
                .build();
    }

    /** Daily attendance by month for the sheets the loader could not sum: see {@link AttendanceMonthTasklet}. */
    @Bean
    public Step summariseAttendanceStep() {
        return new StepBuilder("summariseAttendance", jobRepository)
                .tasklet(new AttendanceMonthTasklet(jdbc, SQL, attendanceMonthTable()), transactionManager)
                .build();
    }

    /** The worker every partition runs: one sheet, streamed in chunks. */
    @Bean
    Step loadSourceStep(DatasetRowReader sourceReader, DatasetRowProcessor datasetRowProcessor) {
        AttendanceMonthsAtLoad attendanceMonths = new AttendanceMonthsAtLoad(jdbc, SQL, attendanceMonthTable(),
                new TransactionTemplate(transactionManager));
        return new StepBuilder(LOAD_SOURCE_STEP, jobRepository)
                .<DatasetRow, Object>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(sourceReader)
                .processor(datasetRowProcessor)
                .writer(recordWriter(attendanceMonths))
                .listener(attendanceMonths)
                .faultTolerant()
                .skipPolicy((problem, skipped) -> problem instanceof RowRejectedException)
                .skipListener(new RejectRecorder(jdbc, SQL))
                .build();
    }

    @Bean
    @StepScope
    DatasetRowReader sourceReader(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecutionContext['sourceId']}") long sourceId) {
        return new DatasetRowReader(sourceId, Path.of(inbox), properties.dictionary(), jdbc, SQL);
    }

    @Bean
    @StepScope
    DatasetRowProcessor datasetRowProcessor(@Value("${village.kpi.school-year-start-month:7}") int schoolYearStartMonth,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId,
            ReferenceDataCache referenceDataCache, Clock clock) {
        RowChecks checks = new RowChecks(new CellValues(properties.dayBeforeMonth()), LocalDate.now(clock));
        Map<Dataset, ItemProcessor<DatasetRow, ?>> processors = new EnumMap<>(Dataset.class);
        processors.put(Dataset.SCHOOLS, new SchoolRowProcessor(checks));
        processors.put(Dataset.PARTNERSHIPS, new PartnershipRowProcessor(checks));
        processors.put(Dataset.PARTNERSHIP_GOALS, new GoalRowProcessor(checks));
        processors.put(Dataset.DISTRIBUTION_LIST, new RecipientRowProcessor(checks));
        ReferenceData reference = referenceDataCache.forExecution(jobExecutionId, jobInstanceId);
        processors.put(Dataset.ROSTER, new RosterRowProcessor(checks, reference));
        processors.put(Dataset.ATTENDANCE_SUMMARY, new AttendanceSummaryRowProcessor(checks, reference));
        processors.put(Dataset.DAILY_ATTENDANCE, new DailyAttendanceRowProcessor(checks, reference,
                properties.codes()));
        processors.put(Dataset.COURSE_MARKS, new CourseMarkRowProcessor(checks, reference, properties.gradeScale(),
                schoolYearStartMonth));
        processors.put(Dataset.TERM_DATES, new TermDateRowProcessor(checks, reference, schoolYearStartMonth));
        processors.put(Dataset.PARTICIPATION, new ParticipationRowProcessor(checks, reference));
        processors.put(Dataset.VOLUNTEER_HOURS, new VolunteerHoursRowProcessor(checks, reference));
        processors.put(Dataset.CONTRIBUTIONS, new ContributionRowProcessor(checks, reference));
        processors.put(Dataset.CHECK_INS, new CheckInRowProcessor(checks, reference));
        processors.put(Dataset.STORIES, new StoryRowProcessor(checks, reference));
        return new DatasetRowProcessor(processors);
    }

    @Bean
    ReferenceDataCache referenceDataCache() {
        return new ReferenceDataCache(jdbc, SQL);
    }

    @Bean
    TaskExecutor ingestTaskExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(properties.loaderThreads());
        return executor;
    }

    private Step stage(String name, SourcePartitioner partitioner, Step worker, TaskExecutor taskExecutor) {
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .splitter(new RestartSafeStepExecutionSplitter(jobRepository, worker.getName(), partitioner))
                .step(worker)
                .taskExecutor(taskExecutor)
                .build();
    }

    private AttendanceMonthTable attendanceMonthTable() {
        return new AttendanceMonthTable(jdbc, new JdbcTemplate(dataSource), SQL);
    }

    private RecordWriter recordWriter(AttendanceMonthsAtLoad attendanceMonths) {
        Map<Class<?>, ItemWriter<Object>> writers = new LinkedHashMap<>();
        writers.put(SchoolRecord.class, mergeWriter(SchoolRecord.class, "merge-school"));
        writers.put(PartnershipRecord.class, new PartnershipWriter(jdbc, SQL));
        writers.put(GoalRecord.class, writer(GoalRecord.class, "insert-goal"));
        writers.put(RecipientRecord.class, writer(RecipientRecord.class, "insert-recipient"));
        writers.put(EnrolmentRecord.class, writer(EnrolmentRecord.class, "insert-enrolment"));
        writers.put(AttendanceSummaryRecord.class, writer(AttendanceSummaryRecord.class, "insert-attendance-summary"));
        writers.put(DailyAttendanceRecord.class,
                attendanceMonths.summing(writer(DailyAttendanceRecord.class, "insert-daily-attendance")));
        writers.put(CourseMarkRecord.class, writer(CourseMarkRecord.class, "insert-course-mark"));
        writers.put(TermDateRecord.class, writer(TermDateRecord.class, "insert-term-date"));
        writers.put(ParticipationRecord.class, writer(ParticipationRecord.class, "insert-participation"));
        writers.put(VolunteerHoursRecord.class, writer(VolunteerHoursRecord.class, "insert-volunteer-hours"));
        writers.put(ContributionRecord.class, writer(ContributionRecord.class, "insert-contribution"));
        writers.put(CheckInRecord.class, writer(CheckInRecord.class, "insert-check-in"));
        writers.put(StoryRecord.class, writer(StoryRecord.class, "insert-story"));
        return new RecordWriter(writers);
    }

    private ItemWriter<Object> writer(Class<? extends Record> type, String insert) {
        return new MultiRowInsertWriter(new JdbcTemplate(dataSource), RecordStatementSetter.of(type, SQL.get(insert)));
    }

    private ItemWriter<Object> mergeWriter(Class<? extends Record> type, String statement) {
        RecordStatementSetter setter = RecordStatementSetter.of(type, SQL.get(statement));
        var writer = new JdbcBatchItemWriterBuilder<Object>()
                .dataSource(dataSource)
                .sql(setter.sql())
                .itemPreparedStatementSetter(setter)
                .assertUpdates(false)
                .build();
        writer.afterPropertiesSet();
        return writer;
    }
}
