package org.village.ingest;

import java.sql.PreparedStatement;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.village.infrastructure.MultiRowInsert;

/**
 * Inserts a chunk's records of one kind with INSERT statements that carry {@value #ROWS_PER_STATEMENT} rows each
 * ({@link MultiRowInsert}), sent as one JDBC batch in the chunk's transaction; the few records left over go one per
 * statement in a second batch.
 */
final class MultiRowInsertWriter implements ItemWriter<Object> {

    static final int ROWS_PER_STATEMENT = 100;

    private final JdbcTemplate jdbc;
    private final RecordStatementSetter setter;
    private final String manyRowsSql;

    MultiRowInsertWriter(JdbcTemplate jdbc, RecordStatementSetter setter) {
        this.jdbc = jdbc;
        this.setter = setter;
        this.manyRowsSql = MultiRowInsert.of(setter.sql(), ROWS_PER_STATEMENT);
    }

    @Override
    public void write(Chunk<?> chunk) {
        List<?> records = chunk.getItems();
        int inFullStatements = records.size() - records.size() % ROWS_PER_STATEMENT;
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (inFullStatements > 0) {
                try (PreparedStatement insert = connection.prepareStatement(manyRowsSql)) {
                    for (int first = 0; first < inFullStatements; first += ROWS_PER_STATEMENT) {
                        for (int row = 0; row < ROWS_PER_STATEMENT; row++) {
                            setter.setValues(records.get(first + row), insert, row * setter.parameterCount());
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (inFullStatements < records.size()) {
                try (PreparedStatement insert = connection.prepareStatement(setter.sql())) {
                    for (Object record : records.subList(inFullStatements, records.size())) {
                        setter.setValues(record, insert);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
    }
}
