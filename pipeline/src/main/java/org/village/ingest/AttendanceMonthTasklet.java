package org.village.ingest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Sums into {@code attendance_month} each sheet in use that the loader did not sum as it loaded it (see
 * {@link AttendanceMonthsAtLoad}): a load that resumed after a crash, or a database from before the loader summed.
 * Reads the sheet's daily rows once. One sheet per transaction, so a restart goes on with the sheets not yet done.
 * Sheets held back or replaced later need nothing: their rows drop out of every read by their status, like their
 * daily rows. In a run that crashed nowhere, it finds nothing to do.
 */
class AttendanceMonthTasklet implements Tasklet {

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final AttendanceMonthTable table;

    AttendanceMonthTasklet(JdbcClient jdbc, NamedQueries sql, AttendanceMonthTable table) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.table = table;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Long> sources = jdbc.sql(sql.get("unsummarised-sources")).query(Long.class).list();
        if (sources.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        long source = sources.get(0);
        AttendanceMonthSums sums = new AttendanceMonthSums(source);
        jdbc.sql(sql.get("source-daily-attendance")).param("sourceId", source).query(rs -> {
            sums.add(rs.getObject("attendance_date", LocalDate.class), rs.getString("student_id"),
                    rs.getString("school_id"), rs.getString("status"));
            contribution.incrementReadCount();
        });
        contribution.incrementWriteCount(table.replace(source, sums));
        return sources.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
