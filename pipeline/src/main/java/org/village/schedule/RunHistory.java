package org.village.schedule;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;
import org.village.monthly.MonthlyReportJobConfiguration;

/** What the job repository (and the send log) say about past runs of the monthly job. */
@Component
public class RunHistory {

    static final NamedQueries SQL = NamedQueries.load("schedule");

    /** One run of a month: its job instance, however many times it was started. */
    public record Run(YearMonth month, boolean dryRun, LocalDateTime started, LocalDateTime ended, String status,
            int attempts, int filesLoaded, long rowsRejected, int warnings, long reportsWritten, int emailsSent) {
    }

    private final JdbcClient jdbc;

    RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<YearMonth> completedMonths() {
        return new HashSet<>(jdbc.sql(SQL.get("completed-months"))
                .param("jobName", MonthlyReportJobConfiguration.JOB_NAME)
                .query((rs, i) -> YearMonth.parse(rs.getString("report_month"))).list());
    }

    public boolean isComplete(YearMonth month) {
        return completedMonths().contains(month);
    }

    public List<Run> recent(int limit) {
        return jdbc.sql(SQL.get("recent-runs"))
                .param("jobName", MonthlyReportJobConfiguration.JOB_NAME)
                .param("limit", limit)
                .query((rs, i) -> new Run(YearMonth.parse(rs.getString("report_month")), rs.getInt("dry_runs") > 0,
                        time(rs.getTimestamp("started")), time(rs.getTimestamp("ended")), rs.getString("status"),
                        rs.getInt("attempts"), rs.getInt("files_loaded"), rs.getLong("rows_rejected"),
                        rs.getInt("warnings"), rs.getLong("reports_written"), rs.getInt("emails_sent")))
                .list();
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
