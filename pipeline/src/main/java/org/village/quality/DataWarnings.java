package org.village.quality;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;

/** The stored warnings: written by the plausibility step, read by the run's summary, status and the reports. */
@Component
public class DataWarnings {

    static final NamedQueries SQL = NamedQueries.load("quality");

    private final JdbcClient jdbc;

    DataWarnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the month's warnings, so a month checked again never lists one twice. */
    void replace(YearMonth month, long jobInstanceId, List<DataWarning> warnings) {
        jdbc.sql(SQL.get("delete-month-warnings")).param("reportMonth", month.toString()).update();
        for (int i = 0; i < warnings.size(); i++) {
            DataWarning warning = warnings.get(i);
            jdbc.sql(SQL.get("insert-warning"))
                    .param("reportMonth", month.toString())
                    .param("position", i + 1)
                    .param("checkName", warning.check().name())
                    .param("subject", truncate(warning.subject(), 500))
                    .param("message", truncate(warning.message(), 2000))
                    .param("jobInstanceId", jobInstanceId)
                    .update();
        }
    }

    public List<DataWarning> forMonth(YearMonth month) {
        return jdbc.sql(SQL.get("month-warnings")).param("reportMonth", month.toString())
                .query((rs, i) -> new DataWarning(DataWarning.Check.valueOf(rs.getString("check_name")),
                        rs.getString("subject"), rs.getString("message")))
                .list();
    }

    /** What one run found (a run checks one month). */
    public List<DataWarning> forRun(long jobInstanceId) {
        return jdbc.sql(SQL.get("run-warnings")).param("jobInstanceId", jobInstanceId)
                .query((rs, i) -> new DataWarning(DataWarning.Check.valueOf(rs.getString("check_name")),
                        rs.getString("subject"), rs.getString("message")))
                .list();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }
}
