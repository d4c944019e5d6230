package org.village.benchmark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.VillageApplication;

/**
 * A month's KPI steps computed again, {@code repeats} times, on the database of a month-end run that loaded it
 * (a copy of one kept by {@code benchmarks/month-end.sh}), each after one plain read of the month's attendance
 * ({@link KpiBenchmark#bareRead}): for profiling the KPI steps without the month's ingest before them. Each repeat
 * starts with {@code clearMonthKpis} deleting the figures of the one before, which a month-end run does not pay,
 * so its time is printed apart and left out of the ratio. With {@code --alternate}, every second repeat runs the
 * same steps one after another instead of the job's flow (its split), to weigh the split in the same minutes. Not a
 * test. Arguments: the work folder, the month, repeats, optionally {@code --alternate}.
 */
public final class KpiRecomputeBenchmark {

    private KpiRecomputeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workdir = Path.of(args[0]).toAbsolutePath();
        YearMonth month = YearMonth.parse(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean alternate = args.length > 3 && args[3].equals("--alternate");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--village.workdir=" + workdir, "--logging.level.org.village=WARN",
                        "--logging.level.org.springframework.batch=WARN")) {
            DataSource dataSource = context.getBean(DataSource.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Job flow = KpiBenchmark.kpiJob(context);
            SimpleJobBuilder oneAfterAnother = new JobBuilder("kpiStepsOneAfterAnother",
                    context.getBean(JobRepository.class)).start(context.getBean("clearMonthKpisStep", Step.class));
            for (String step : KpiBenchmark.KPI_STEPS.subList(1, KpiBenchmark.KPI_STEPS.size())) {
                oneAfterAnother.next(context.getBean(step + "Step", Step.class));
            }
            Job sequential = oneAfterAnother.build();
            for (int i = 1; i <= repeats; i++) {
                Job job = alternate && i % 2 == 0 ? sequential : flow;
                long t0 = System.nanoTime();
                long rows = KpiBenchmark.bareRead(dataSource, month);
                double bare = (System.nanoTime() - t0) / 1e9;
                JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                        .addString("month", month.toString()).addLong("recompute", System.currentTimeMillis())
                        .toJobParameters());
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new IllegalStateException("KPI job failed: " + execution.getAllFailureExceptions());
                }
                Map<String, LocalDateTime[]> steps = new LinkedHashMap<>();
                jdbc.sql("SELECT step_name, start_time, end_time FROM batch_step_execution WHERE job_execution_id = ? "
                                + "ORDER BY step_execution_id").param(execution.getId())
                        .query(rs -> {
                            steps.put(rs.getString(1), new LocalDateTime[] { rs.getObject(2, LocalDateTime.class),
                                    rs.getObject(3, LocalDateTime.class) });
                        });
                LocalDateTime[] cleared = steps.remove("clearMonthKpis");
                LocalDateTime end = steps.values().stream().map(times -> times[1]).max(LocalDateTime::compareTo)
                        .orElseThrow();
                double clear = MonthEndBenchmark.seconds(cleared[0], cleared[1]);
                double kpis = MonthEndBenchmark.seconds(cleared[1], end);
                StringBuilder line = new StringBuilder();
                steps.forEach((name, times) -> line.append(String.format(Locale.US, " %s %.2f", name,
                        MonthEndBenchmark.seconds(times[0], times[1]))));
                System.out.printf(Locale.US, "repeat %d (%s): plain read %.2f s (%,d rows), KPI steps %.2f s, "
                        + "ratio %.2f (clearMonthKpis %.2f apart);%s%n", i,
                        job == flow ? "the job's flow" : "one after another", bare, rows, kpis, kpis / bare, clear,
                        line);
            }
        }
    }
}
