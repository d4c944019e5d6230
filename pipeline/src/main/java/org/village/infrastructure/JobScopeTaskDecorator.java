package org.village.infrastructure;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the running job's scope into the threads of a split, so that the steps of its flows see the same
 * job-scoped beans as the steps before and after it: Spring Batch keeps the job's context in a thread-local that
 * only the thread that launched the job has (spring-batch#1335). Each worker thread registers the job execution
 * for as long as its flow runs; the contexts are counted per execution, so the job's own context outlives them.
 */
public final class JobScopeTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable flow) {
        JobContext context = JobSynchronizationManager.getContext();
        if (context == null) {
            return flow;
        }
        JobExecution execution = context.getJobExecution();
        return () -> {
            JobSynchronizationManager.register(execution);
            try {
                flow.run();
            }
            finally {
                JobSynchronizationManager.release();
            }
        };
    }
}
