package org.village.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** One {@link ReferenceData} per running job execution, shared by its parallel loaders; dropped when the job ends. */
public class ReferenceDataCache implements JobExecutionListener {

    private final Map<Long, ReferenceData> byExecution = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    ReferenceDataCache(JdbcClient jdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    ReferenceData forExecution(long jobExecutionId, long jobInstanceId) {
        return byExecution.computeIfAbsent(jobExecutionId, id -> new ReferenceData(jdbc, sql, jobInstanceId));
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        byExecution.remove(jobExecution.getId());
    }
}
