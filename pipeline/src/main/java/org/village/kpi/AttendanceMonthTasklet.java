package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Sums each sheet in use that is not yet summarised into {@code attendance_month}: its daily rows by month, student
 * and school, read once, when the monthly job first finds the sheet loaded. One sheet per transaction, so a restart
 * goes on with the sheets not yet done; a sheet's earlier rows, if any, are replaced. Sheets held back or replaced
 * later need nothing: their rows drop out of every read by their status, like their daily rows.
 */
class AttendanceMonthTasklet implements Tasklet {

    private static final int BATCH = 1000;

    private record Key(YearMonth month, String studentId, String schoolId) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final NamedQueries sql;

    AttendanceMonthTasklet(JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Long> sources = jdbc.sql(sql.get("unsummarised-sources")).query(Long.class).list();
        if (sources.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        long source = sources.get(0);
        // A sheet's rows and its mark are written in one transaction: rows exist only where a mark does.
        if (jdbc.sql(sql.get("source-summarised")).param("sourceId", source).query(Integer.class).single() > 0) {
            jdbc.sql(sql.get("delete-source-months")).param("sourceId", source).update();
            jdbc.sql(sql.get("delete-source-summarised")).param("sourceId", source).update();
        }
        // Per student's month at a school, one int[4] (enrolled, present, tardy, suspended bitmaps) per layer: a day
        // already in a layer goes to the next.
        Map<Key, List<int[]>> months = new HashMap<>();
        jdbc.sql(sql.get("source-daily-attendance")).param("sourceId", source).query(rs -> {
            LocalDate day = rs.getObject("attendance_date", LocalDate.class);
            int bit = 1 << (day.getDayOfMonth() - 1);
            List<int[]> layers = months.computeIfAbsent(
                    new Key(YearMonth.from(day), rs.getString("student_id"), rs.getString("school_id")),
                    k -> new ArrayList<>(1));
            int[] layer = layers.stream().filter(l -> (l[0] & bit) == 0).findFirst().orElseGet(() -> {
                int[] added = new int[4];
                layers.add(added);
                return added;
            });
            layer[0] |= bit;
            String status = rs.getString("status");
            if ("P".equals(status)) {
                layer[1] |= bit;
            }
            else if ("T".equals(status)) {
                layer[2] |= bit;
            }
            else if ("S".equals(status)) {
                layer[3] |= bit;
            }
            contribution.incrementReadCount();
        });
        List<SqlParameterSource> rows = new ArrayList<>(BATCH);
        for (Map.Entry<Key, List<int[]>> month : months.entrySet()) {
            List<int[]> layers = month.getValue();
            for (int layer = 0; layer < layers.size(); layer++) {
                int[] days = layers.get(layer);
                rows.add(new MapSqlParameterSource()
                        .addValue("sourceId", source)
                        .addValue("monthStart", month.getKey().month().atDay(1))
                        .addValue("studentId", month.getKey().studentId())
                        .addValue("schoolId", month.getKey().schoolId())
                        .addValue("layer", layer)
                        .addValue("daysEnrolled", Integer.bitCount(days[0]))
                        .addValue("daysPresent", Integer.bitCount(days[1]))
                        .addValue("daysTardy", Integer.bitCount(days[2]))
                        .addValue("daysSuspended", Integer.bitCount(days[3]))
                        .addValue("enrolledDays", days[0])
                        .addValue("presentDays", days[1])
                        .addValue("tardyDays", days[2])
                        .addValue("suspendedDays", days[3]));
                if (rows.size() == BATCH) {
                    insert(rows, contribution);
                }
            }
        }
        insert(rows, contribution);
        jdbc.sql(sql.get("mark-source-summarised")).param("sourceId", source).update();
        return sources.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private void insert(List<SqlParameterSource> rows, StepContribution contribution) {
        namedJdbc.batchUpdate(sql.get("insert-attendance-month"), rows.toArray(SqlParameterSource[]::new));
        contribution.incrementWriteCount(rows.size());
        rows.clear();
    }
}
