package org.village.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.MultiRowInsert;
import org.village.infrastructure.NamedQueries;

/**
 * Writes a sheet's monthly sums into {@code attendance_month} and marks the sheet summarised, in the caller's
 * transaction, so that rows exist only where a mark does. A sheet whose id was used before by another sheet (ingest
 * tables emptied and refilled) has the old sheet's rows removed first.
 */
final class AttendanceMonthTable {

    private static final int ROWS_PER_WRITE = MultiRowInsert.STATEMENTS_PER_BATCH * MultiRowInsert.ROWS_PER_STATEMENT;

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final MultiRowInsertWriter writer;

    AttendanceMonthTable(JdbcClient jdbc, JdbcTemplate jdbcTemplate, NamedQueries sql) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = new MultiRowInsertWriter(jdbcTemplate,
                RecordStatementSetter.of(AttendanceMonthRecord.class, sql.get("insert-attendance-month")));
    }

    /** Writes the sums and the mark; returns the rows written. */
    int replace(long sourceId, AttendanceMonthSums sums) {
        if (jdbc.sql(sql.get("source-summarised")).param("sourceId", sourceId).query(Integer.class).single() > 0) {
            jdbc.sql(sql.get("delete-source-months")).param("sourceId", sourceId).update();
            jdbc.sql(sql.get("delete-source-summarised")).param("sourceId", sourceId).update();
        }
        List<AttendanceMonthRecord> rows = new ArrayList<>(ROWS_PER_WRITE);
        int[] written = { 0 };
        sums.forEachRow(row -> {
            rows.add(row);
            if (rows.size() == ROWS_PER_WRITE) {
                written[0] += write(rows);
            }
        });
        written[0] += write(rows);
        jdbc.sql(sql.get("mark-source-summarised")).param("sourceId", sourceId).update();
        return written[0];
    }

    private int write(List<AttendanceMonthRecord> rows) {
        int count = rows.size();
        if (count > 0) {
            writer.write(new Chunk<>(rows));
            rows.clear();
        }
        return count;
    }
}
