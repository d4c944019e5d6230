package org.village.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.village.infrastructure.MultiRowInsert;

/** Inserts a chunk's records of one kind, many to a statement ({@link MultiRowInsert}), in the chunk's transaction. */
final class MultiRowInsertWriter implements ItemWriter<Object> {

    private final JdbcTemplate jdbc;
    private final RecordStatementSetter setter;

    MultiRowInsertWriter(JdbcTemplate jdbc, RecordStatementSetter setter) {
        this.jdbc = jdbc;
        this.setter = setter;
    }

    @Override
    public void write(Chunk<?> chunk) {
        MultiRowInsert.insert(jdbc, setter.sql(), setter.parameterCount(), chunk.getItems(),
                (statement, offset, record) -> setter.setValues(record, statement, offset));
    }
}
