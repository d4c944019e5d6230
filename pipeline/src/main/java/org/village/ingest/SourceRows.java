package org.village.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** The rows and rejects a sheet's load wrote, in every table a sheet's rows go to. */
final class SourceRows {

    private static final List<String> DELETES = List.of("delete-source-rejects", "delete-source-enrolments",
            "delete-source-attendance-summaries", "delete-source-daily-attendance", "delete-source-course-marks",
            "delete-source-term-dates", "delete-source-goals", "delete-source-participation",
            "delete-source-volunteer-hours", "delete-source-contributions", "delete-source-check-ins",
            "delete-source-stories", "delete-source-recipients");

    private SourceRows() {
    }

    static void removeAll(JdbcClient jdbc, NamedQueries sql, long sourceId) {
        removeAfter(jdbc, sql, sourceId, -1);
    }

    /** Removes what was written for the sheet's rows numbered after {@code row}. */
    static void removeAfter(JdbcClient jdbc, NamedQueries sql, long sourceId, int row) {
        for (String delete : DELETES) {
            jdbc.sql(sql.get(delete)).param("sourceId", sourceId).param("afterRow", row).update();
        }
    }
}
