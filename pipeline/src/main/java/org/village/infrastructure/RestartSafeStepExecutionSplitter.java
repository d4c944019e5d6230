package org.village.infrastructure;

import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, safe against a process killed while it creates the partitions. It saves each partition's
 * step execution first and the partition's inputs (a source id, a school) a moment later; a kill in between leaves a
 * partition whose saved context is empty, and on restart that partition would start with none of its inputs. Such a
 * partition gets its inputs from the partitioner again, found by the partition's name.
 */
public final class RestartSafeStepExecutionSplitter implements StepExecutionSplitter {

    /** Spring Batch names a partition's step execution "worker step:partition". */
    private static final String SEPARATOR = ":";

    private final SimpleStepExecutionSplitter splitter;
    private final JobRepository jobRepository;
    private final String workerStepName;
    private final Partitioner partitioner;

    public RestartSafeStepExecutionSplitter(JobRepository jobRepository, String workerStepName,
            Partitioner partitioner) {
        this.splitter = new SimpleStepExecutionSplitter(jobRepository, workerStepName, partitioner);
        this.jobRepository = jobRepository;
        this.workerStepName = workerStepName;
        this.partitioner = partitioner;
    }

    @Override
    public String getStepName() {
        return workerStepName;
    }

    @Override
    public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
        Set<StepExecution> executions = splitter.split(stepExecution, gridSize);
        Map<String, ExecutionContext> partitions = null;
        for (StepExecution execution : executions) {
            if (holdsNoInputs(execution.getExecutionContext())) {
                if (partitions == null) {
                    partitions = partitioner.partition(gridSize);
                }
                ExecutionContext inputs = partitions.get(execution.getStepName()
                        .substring(workerStepName.length() + SEPARATOR.length()));
                if (inputs != null) {
                    inputs.entrySet().forEach(input -> execution.getExecutionContext()
                            .put(input.getKey(), input.getValue()));
                    jobRepository.updateExecutionContext(execution);
                }
            }
        }
        return executions;
    }

    /** Empty but for Spring Batch's own bookkeeping, such as the mark {@code JobOperator.recover} leaves. */
    private static boolean holdsNoInputs(ExecutionContext context) {
        return context.entrySet().stream().allMatch(entry -> entry.getKey().startsWith("batch."));
    }
}
