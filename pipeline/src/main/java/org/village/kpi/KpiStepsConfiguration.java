package org.village.kpi;

import java.time.YearMonth;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.infrastructure.JobScopeTaskDecorator;
import org.village.infrastructure.NamedQueries;

/**
 * The KPI steps of the monthly job, as one flow: clear the month's figures (a month computed again drops figures
 * nothing computes any more, and the history a later month stored for it); compute attendance, GPA, participation
 * and the effects, for the month and for the school year to date, for every scope and subgroup; then the return on
 * investment, which reads the participation and effect figures; then suppress small groups and measure progress to
 * the goals. Every step replaces its own output of the month ({@link KpiWriter}), so a step run again after a crash,
 * even one that had committed its figures, ends as one run does, without the clearing step running again.
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

    /**
     * Attendance then participation beside GPA then the effects, each pair on a thread of its own: the four steps
     * write different figures, and the pairs take about as long as each other. On two cores that saved about an
     * eighth of the KPI steps' time at 150,000 students, not half: the second core was already busy with garbage
     * collection and H2's own thread (BENCHMARKS.md). Each pair keeps its order because the later step uses what the
     * earlier one read ({@link MonthInputs}).
     */
    @Bean
    public Flow computeKpisFlow(@Qualifier("clearMonthKpisStep") Step clearMonthKpis,
            @Qualifier("computeAttendanceStep") Step computeAttendance,
            @Qualifier("computeGpaStep") Step computeGpa,
            @Qualifier("computeParticipationStep") Step computeParticipation,
            @Qualifier("computeEffectsStep") Step computeEffects,
            @Qualifier("computeReturnOnInvestmentStep") Step computeReturnOnInvestment,
            @Qualifier("suppressSmallGroupsStep") Step suppressSmallGroups,
            @Qualifier("computeGoalProgressStep") Step computeGoalProgress) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("kpi-");
        executor.setTaskDecorator(new JobScopeTaskDecorator());
        Flow attendanceAndParticipation = new FlowBuilder<Flow>("attendanceAndParticipation")
                .start(computeAttendance).next(computeParticipation).build();
        Flow gpaAndEffects = new FlowBuilder<Flow>("gpaAndEffects").start(computeGpa).next(computeEffects).build();
        Flow sideBySide = new FlowBuilder<Flow>("attendanceAndGpa").split(executor)
                .add(attendanceAndParticipation, gpaAndEffects).build();
        return new FlowBuilder<Flow>("computeKpis")
                .start(clearMonthKpis)
                .next(sideBySide)
                .next(computeReturnOnInvestment)
                .next(suppressSmallGroups)
                .next(computeGoalProgress)
                .build();
    }

    @Bean
    public Step clearMonthKpisStep() {
        return new StepBuilder("clearMonthKpis", jobRepository)
                .tasklet((contribution, context) -> {
                    String month = (String) context.getStepContext().getJobParameters().get("month");
                    int deleted = jdbc.sql(SQL.get("delete-month")).param("reportMonth", month).update();
                    jdbc.sql(SQL.get("delete-month-attendance-history")).param("reportMonth", month).update();
                    contribution.incrementWriteCount(deleted);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Read by the first KPI step that needs them, after ingest, and shared by the others of the same run. */
    @Bean
    @JobScope
    MonthInputs monthInputs(@Value("#{jobParameters['month']}") String month) {
        return new MonthInputs(YearMonth.parse(month), properties, jdbc, SQL);
    }

    @Bean
    public Step computeAttendanceStep(AttendanceKpiTasklet attendanceKpiTasklet) {
        return taskletStep("computeAttendance", attendanceKpiTasklet);
    }

    @Bean
    @StepScope
    AttendanceKpiTasklet attendanceKpiTasklet(@Value("#{jobParameters['month']}") String month,
            MonthInputs monthInputs) {
        return new AttendanceKpiTasklet(YearMonth.parse(month), properties, monthInputs, kpiWriter("attendance"),
                new AttendanceHistory(properties, jdbc, SQL, kpiWriter(AttendanceHistory.COMPUTED_BY)), jdbc, SQL);
    }

    @Bean
    public Step computeGpaStep(GpaKpiTasklet gpaKpiTasklet) {
        return taskletStep("computeGpa", gpaKpiTasklet);
    }

    @Bean
    @StepScope
    GpaKpiTasklet gpaKpiTasklet(@Value("#{jobParameters['month']}") String month, MonthInputs monthInputs) {
        return new GpaKpiTasklet(YearMonth.parse(month), monthInputs, kpiWriter("gpa"));
    }

    @Bean
    public Step computeParticipationStep(ParticipationKpiTasklet monthParticipationTasklet,
            ParticipationKpiTasklet yearToDateParticipationTasklet) {
        return new StepBuilder("computeParticipation", jobRepository)
                .tasklet((contribution, context) -> {
                    monthParticipationTasklet.execute(contribution, context);
                    return yearToDateParticipationTasklet.execute(contribution, context);
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ParticipationKpiTasklet monthParticipationTasklet(@Value("#{jobParameters['month']}") String month,
            MonthInputs monthInputs) {
        return new ParticipationKpiTasklet(YearMonth.parse(month), Window.MONTH, properties, jdbc, SQL, monthInputs,
                kpiWriter("participation-month"));
    }

    @Bean
    @StepScope
    ParticipationKpiTasklet yearToDateParticipationTasklet(@Value("#{jobParameters['month']}") String month,
            MonthInputs monthInputs) {
        return new ParticipationKpiTasklet(YearMonth.parse(month), Window.YEAR_TO_DATE, properties, jdbc, SQL,
                monthInputs, kpiWriter("participation-year-to-date"));
    }

    @Bean
    public Step computeEffectsStep(EffectKpiTasklet effectKpiTasklet) {
        return taskletStep("computeEffects", effectKpiTasklet);
    }

    @Bean
    @StepScope
    EffectKpiTasklet effectKpiTasklet(@Value("#{jobParameters['month']}") String month, MonthInputs monthInputs) {
        return new EffectKpiTasklet(YearMonth.parse(month), properties, jdbc, new JdbcTemplate(dataSource), SQL,
                monthInputs, kpiWriter("effects"));
    }

    @Bean
    public Step computeReturnOnInvestmentStep(RoiKpiTasklet roiKpiTasklet) {
        return taskletStep("computeReturnOnInvestment", roiKpiTasklet);
    }

    @Bean
    @StepScope
    RoiKpiTasklet roiKpiTasklet(@Value("#{jobParameters['month']}") String month) {
        return new RoiKpiTasklet(YearMonth.parse(month), properties, jdbc, SQL, kpiWriter("return-on-investment"));
    }

    @Bean
    public Step computeGoalProgressStep(GoalProgressTasklet goalProgressTasklet) {
        return taskletStep("computeGoalProgress", goalProgressTasklet);
    }

    @Bean
    @StepScope
    GoalProgressTasklet goalProgressTasklet(@Value("#{jobParameters['month']}") String month) {
        return new GoalProgressTasklet(YearMonth.parse(month), jdbc, SQL);
    }

    @Bean
    public Step suppressSmallGroupsStep(SuppressionTasklet suppressionTasklet) {
        return taskletStep("suppressSmallGroups", suppressionTasklet);
    }

    @Bean
    @StepScope
    SuppressionTasklet suppressionTasklet(@Value("#{jobParameters['month']}") String month) {
        return new SuppressionTasklet(YearMonth.parse(month), properties.schoolYearStartMonth(),
                new SmallGroupSuppression(properties.minimumGroupSize()), jdbc,
                new NamedParameterJdbcTemplate(dataSource), SQL);
    }

    /** Named after what computes the figures: each writer replaces only its own figures of the month. */
    private KpiWriter kpiWriter(String computedBy) {
        return new KpiWriter(new JdbcTemplate(dataSource), SQL, computedBy,
                new SmallGroupSuppression(properties.minimumGroupSize()));
    }

    private Step taskletStep(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
