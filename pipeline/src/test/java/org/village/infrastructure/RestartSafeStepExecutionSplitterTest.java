package org.village.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * A process killed while the partitions were being created leaves one whose saved context is empty: its step
 * execution was saved, its inputs not yet. On restart that partition must get its inputs back.
 */
class RestartSafeStepExecutionSplitterTest {

    private static final String WORKER = "loadSource";
    private static final Partitioner ONE_SOURCE = gridSize -> Map.of("source-7", sourceSeven());

    private EmbeddedDatabase database;
    private JobRepository jobRepository;
    private JobParameters parameters;

    @BeforeEach
    void aJobRepositoryOnH2() throws Exception {
        database = new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                .addScript("/org/springframework/batch/core/schema-h2.sql").build();
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(database);
        factory.setTransactionManager(new DataSourceTransactionManager(database));
        factory.afterPropertiesSet();
        jobRepository = factory.getObject();
        parameters = new JobParametersBuilder().addString("month", "2026-10").toJobParameters();
    }

    @AfterEach
    void shutDown() {
        database.shutdown();
    }

    @Test
    void aPartitionSavedWithoutItsInputsGetsThemBackOnRestart() throws Exception {
        StepExecution restartedManager = killedWhileSplittingThenRestarted();

        Set<StepExecution> partitions = new RestartSafeStepExecutionSplitter(jobRepository, WORKER, ONE_SOURCE)
                .split(restartedManager, 1);

        assertThat(partitions).singleElement().satisfies(partition -> {
            assertThat(partition.getStepName()).isEqualTo("loadSource:source-7");
            assertThat(partition.getExecutionContext().getLong("sourceId")).isEqualTo(7L);
            assertThat(jobRepository.getLastStepExecution(restartedManager.getJobExecution().getJobInstance(),
                    "loadSource:source-7").getExecutionContext().getLong("sourceId")).isEqualTo(7L);
        });
    }

    @Test
    void springBatchsOwnSplitterRestartsThatPartitionWithNoInputs() throws Exception {
        StepExecution restartedManager = killedWhileSplittingThenRestarted();

        Set<StepExecution> partitions = new SimpleStepExecutionSplitter(jobRepository, WORKER, ONE_SOURCE)
                .split(restartedManager, 1);

        assertThat(partitions).singleElement()
                .satisfies(partition -> assertThat(partition.getExecutionContext().containsKey("sourceId")).isFalse());
    }

    /**
     * The first run's manager step recorded its grid size and created the partition's step execution; the process
     * died before the partition's inputs were saved. The run was then marked failed and started again.
     */
    private StepExecution killedWhileSplittingThenRestarted() throws Exception {
        JobInstance instance = jobRepository.createJobInstance("monthlyReport", parameters);
        JobExecution first = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution manager = jobRepository.createStepExecution("loadActivity", first);
        manager.getExecutionContext().putLong("SimpleStepExecutionSplitter.GRID_SIZE", 1);
        jobRepository.updateExecutionContext(manager);
        StepExecution orphan = jobRepository.createStepExecution("loadSource:source-7", first);
        for (StepExecution step : new StepExecution[] {manager, orphan}) {
            step.setStatus(BatchStatus.FAILED);
            step.setEndTime(LocalDateTime.now());
            jobRepository.update(step);
        }
        first.setStatus(BatchStatus.FAILED);
        first.setEndTime(LocalDateTime.now());
        jobRepository.update(first);

        JobExecution second = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution restarted = jobRepository.createStepExecution("loadActivity", second);
        restarted.setExecutionContext(jobRepository.getLastStepExecution(instance, "loadActivity")
                .getExecutionContext());
        return restarted;
    }

    private static ExecutionContext sourceSeven() {
        ExecutionContext context = new ExecutionContext();
        context.putLong("sourceId", 7L);
        return context;
    }
}
