package org.village.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.village.infrastructure.NamedQueries;

/**
 * Sums daily attendance by month while the loader writes it, so that nothing reads a sheet's daily rows again to
 * summarise them. Each chunk's rows are added to their sheet's sums once the chunk commits (a chunk rolled back and
 * written again adds its rows once). When a sheet's load step completes, its sums and its summarised mark are
 * written in one transaction, provided they hold every daily row the sheet has in the database: a load resumed
 * after a crash saw only part of its sheet, so it writes nothing and {@link AttendanceMonthTasklet} sums that sheet
 * from its daily rows. Sheets of other datasets are marked with no rows.
 */
final class AttendanceMonthsAtLoad implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(AttendanceMonthsAtLoad.class);

    private final Map<Long, AttendanceMonthSums> sheets = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final AttendanceMonthTable table;
    private final TransactionTemplate transaction;

    AttendanceMonthsAtLoad(JdbcClient jdbc, NamedQueries sql, AttendanceMonthTable table,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.table = table;
        this.transaction = transaction;
    }

    /** The daily attendance writer, adding each committed chunk's rows to their sheet's sums. */
    ItemWriter<Object> summing(ItemWriter<Object> dailyAttendanceWriter) {
        return chunk -> {
            dailyAttendanceWriter.write(chunk);
            List<?> written = List.copyOf(chunk.getItems());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    for (Object item : written) {
                        DailyAttendanceRecord row = (DailyAttendanceRecord) item;
                        AttendanceMonthSums sums = sheets.get(row.sourceId());
                        if (sums != null) {
                            sums.add(row.attendanceDate(), row.studentId(), row.schoolId(), row.status());
                        }
                    }
                }
            });
        };
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long sourceId = stepExecution.getExecutionContext().getLong(SourcePartitioner.SOURCE_ID);
        sheets.put(sourceId, new AttendanceMonthSums(sourceId));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long sourceId = stepExecution.getExecutionContext().getLong(SourcePartitioner.SOURCE_ID);
        AttendanceMonthSums sums = sheets.remove(sourceId);
        if (sums == null || stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        transaction.executeWithoutResult(status -> {
            long stored = jdbc.sql(sql.get("source-daily-rows")).param("sourceId", sourceId).query(Long.class)
                    .single();
            if (stored == sums.days()) {
                table.replace(sourceId, sums);
            }
            else {
                log.info("Sheet {} was loaded in more than one attempt; its attendance is summed by month from "
                        + "its daily rows after the load", sourceId);
            }
        });
        return null;
    }
}
