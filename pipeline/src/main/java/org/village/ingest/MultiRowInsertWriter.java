package org.village.ingest;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a chunk's records of one kind with INSERT statements that carry {@value #ROWS_PER_STATEMENT} rows each
 * ({@code VALUES (..), (..), ...}), sent as one JDBC batch in the chunk's transaction; the few records left over go
 * one per statement in a second batch. H2 runs every statement of a batch on its own, so the work it does per
 * statement is paid once per hundred rows instead of once per row; PostgreSQL takes the same statements in fewer
 * round trips. Both accept multi-row VALUES.
 */
final class MultiRowInsertWriter implements ItemWriter<Object> {

    static final int ROWS_PER_STATEMENT = 100;

    private final JdbcTemplate jdbc;
    private final RecordStatementSetter setter;
    private final String manyRowsSql;

    MultiRowInsertWriter(JdbcTemplate jdbc, RecordStatementSetter setter) {
        this.jdbc = jdbc;
        this.setter = setter;
        this.manyRowsSql = manyRows(setter.sql(), ROWS_PER_STATEMENT);
    }

    /** The single-row INSERT with its VALUES tuple repeated; refuses any other statement shape. */
    static String manyRows(String insert, int rows) {
        int values = insert.toUpperCase(Locale.ROOT).lastIndexOf("VALUES");
        String tuple = values < 0 ? "" : insert.substring(values + "VALUES".length()).trim();
        if (!insert.stripLeading().toUpperCase(Locale.ROOT).startsWith("INSERT") || !tuple.startsWith("(")
                || !tuple.endsWith(")") || tuple.indexOf('(', 1) >= 0) {
            throw new IllegalArgumentException("Not a single-row INSERT ... VALUES (...): " + insert);
        }
        StringBuilder sql = new StringBuilder(insert.length() + rows * (tuple.length() + 2))
                .append(insert, 0, values).append("VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(tuple);
        }
        return sql.toString();
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
