package org.village.ingest;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Writes each skipped row to the rejects table. Spring Batch calls it inside the chunk's transaction, so a chunk's
 * good rows and its rejects are committed together. Nothing is logged: the rejected value may be a student id.
 */
class RejectRecorder implements SkipListener<DatasetRow, Object> {

    private static final int MAX_VALUE_LENGTH = 500;

    private final JdbcClient jdbc;
    private final String insertReject;

    RejectRecorder(JdbcClient jdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.insertReject = sql.get("insert-reject");
    }

    @Override
    public void onSkipInProcess(DatasetRow row, Throwable problem) {
        RowRejectedException rejected = (RowRejectedException) problem;
        String value = rejected.value();
        jdbc.sql(insertReject)
                .param("sourceId", row.sourceId())
                .param("sourceRow", row.rowNumber())
                .param("columnName", rejected.field() == null ? null : rejected.field().label())
                .param("cellValue", value == null || value.length() <= MAX_VALUE_LENGTH ? value
                        : value.substring(0, MAX_VALUE_LENGTH))
                .param("reasonCode", rejected.reason().name())
                .param("reason", rejected.getMessage())
                .update();
    }
}
