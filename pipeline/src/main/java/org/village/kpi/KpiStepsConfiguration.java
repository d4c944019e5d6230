package org.village.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.infrastructure.NamedQueries;

/**
 * The KPI steps of the monthly job: clear the month's figures (a recomputed month replaces its figures), compute
 * attendance for the month and for the school year to date, then suppress small groups. Clearing is its own step
 * so that a restarted compute step does not delete what an earlier attempt already committed.
 */
@Configuration(proxyBeanMethods = false)
public class KpiStepsConfiguration {

    private static final NamedQueries SQL = NamedQueries.load("kpi");

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final KpiProperties properties;

    KpiStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcClient jdbc, DataSource dataSource, KpiProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Bean
    public Step clearMonthKpisStep() {
        return new StepBuilder("clearMonthKpis", jobRepository)
                .tasklet((contribution, context) -> {
                    String month = (String) context.getStepContext().getJobParameters().get("month");
                    int deleted = jdbc.sql(SQL.get("delete-month")).param("reportMonth", month).update();
                    contribution.incrementWriteCount(deleted);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    public Step computeMonthAttendanceStep(
            @Qualifier("monthAttendanceAggregates") JdbcCursorItemReader<AttendanceAggregate> reader,
            @Qualifier("monthAttendanceCalculator") AttendanceKpiCalculator calculator) {
        return computeStep("computeMonthAttendance", reader, calculator);
    }

    @Bean
    public Step computeYearToDateAttendanceStep(
            @Qualifier("yearToDateAttendanceAggregates") JdbcCursorItemReader<AttendanceAggregate> reader,
            @Qualifier("yearToDateAttendanceCalculator") AttendanceKpiCalculator calculator) {
        return computeStep("computeYearToDateAttendance", reader, calculator);
    }

    @Bean
    public Step suppressSmallGroupsStep(SuppressionTasklet suppressionTasklet) {
        return new StepBuilder("suppressSmallGroups", jobRepository)
                .tasklet(suppressionTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    SuppressionTasklet suppressionTasklet(@Value("#{jobParameters['month']}") String month) {
        return new SuppressionTasklet(month, new SmallGroupSuppression(properties.minimumGroupSize()), jdbc, SQL);
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<AttendanceAggregate> monthAttendanceAggregates(
            @Value("#{jobParameters['month']}") String month) {
        return aggregates("monthAttendanceAggregates", YearMonth.parse(month), Window.MONTH);
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<AttendanceAggregate> yearToDateAttendanceAggregates(
            @Value("#{jobParameters['month']}") String month) {
        return aggregates("yearToDateAttendanceAggregates", YearMonth.parse(month), Window.YEAR_TO_DATE);
    }

    @Bean
    @StepScope
    AttendanceKpiCalculator monthAttendanceCalculator(@Value("#{jobParameters['month']}") String month) {
        return new AttendanceKpiCalculator(month, Window.MONTH);
    }

    @Bean
    @StepScope
    AttendanceKpiCalculator yearToDateAttendanceCalculator(@Value("#{jobParameters['month']}") String month) {
        return new AttendanceKpiCalculator(month, Window.YEAR_TO_DATE);
    }

    private Step computeStep(String name, JdbcCursorItemReader<AttendanceAggregate> reader,
            AttendanceKpiCalculator calculator) {
        return new StepBuilder(name, jobRepository)
                .<AttendanceAggregate, List<KpiValue>>chunk(100)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(calculator)
                .writer(flattening(kpiWriter()))
                .build();
    }

    private JdbcCursorItemReader<AttendanceAggregate> aggregates(String name, YearMonth month, Window window) {
        String namedSql = SQL.get("attendance-aggregates");
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of(
                "fromDate", window.from(month, properties.schoolYearStartMonth()),
                "throughDate", window.through(month),
                "minimumEnrolledDays", properties.minimumEnrolledDays(),
                "chronicThreshold", properties.chronicAbsenceThreshold(),
                "tardyIsPresent", properties.tardyCountsAsPresent() ? 1 : 0));
        return new JdbcCursorItemReaderBuilder<AttendanceAggregate>()
                .name(name)
                .dataSource(dataSource)
                .sql(NamedParameterUtils.substituteNamedParameters(namedSql, params))
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(
                        NamedParameterUtils.buildValueArray(namedSql, params.getValues())))
                .rowMapper(new DataClassRowMapper<>(AttendanceAggregate.class))
                .build();
    }

    private JdbcBatchItemWriter<KpiValue> kpiWriter() {
        JdbcBatchItemWriter<KpiValue> writer = new JdbcBatchItemWriterBuilder<KpiValue>()
                .dataSource(dataSource)
                .sql(SQL.get("insert-kpi"))
                .itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
                .build();
        writer.afterPropertiesSet();
        return writer;
    }

    private static ItemWriter<List<KpiValue>> flattening(ItemWriter<KpiValue> delegate) {
        return lists -> {
            Chunk<KpiValue> values = new Chunk<>();
            lists.forEach(values::addAll);
            delegate.write(values);
        };
    }
}
