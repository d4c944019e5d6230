package org.village.ingest;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** Marks the sheets this run loaded as done, with their row and reject counts, in one transaction. */
class SourceCompletionTasklet implements Tasklet {

    private final JdbcClient jdbc;
    private final NamedQueries sql;

    SourceCompletionTasklet(JdbcClient jdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        int finished = jdbc.sql(sql.get("finish-sources")).param("jobInstanceId", jobInstanceId).update();
        contribution.incrementWriteCount(finished);
        return RepeatStatus.FINISHED;
    }
}
