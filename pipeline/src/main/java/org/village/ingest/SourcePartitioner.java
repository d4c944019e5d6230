package org.village.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** One partition per sheet this run registered for a stage's datasets, so files load in parallel. */
class SourcePartitioner implements Partitioner {

    static final String SOURCE_ID = "sourceId";

    private final Dataset.Stage stage;
    private final long jobInstanceId;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    SourcePartitioner(Dataset.Stage stage, long jobInstanceId, JdbcClient jdbc, NamedQueries sql) {
        this.stage = stage;
        this.jobInstanceId = jobInstanceId;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> datasets = Arrays.stream(Dataset.values()).filter(d -> d.stage() == stage)
                .map(Dataset::name).toList();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        jdbc.sql(sql.get("pending-sources"))
                .param("jobInstanceId", jobInstanceId)
                .param("datasets", datasets)
                .query((rs, i) -> rs.getLong("source_id"))
                .list()
                .forEach(sourceId -> {
                    ExecutionContext context = new ExecutionContext();
                    context.putLong(SOURCE_ID, sourceId);
                    partitions.put("source-" + sourceId, context);
                });
        return partitions;
    }
}
