package org.village.kpi;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Stores computed figures in the long KPI table, in batches. */
final class KpiWriter {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final String insert;

    KpiWriter(NamedParameterJdbcTemplate jdbc, String insert) {
        this.jdbc = jdbc;
        this.insert = insert;
    }

    void write(List<KpiValue> values) {
        for (int from = 0; from < values.size(); from += BATCH) {
            List<KpiValue> batch = values.subList(from, Math.min(values.size(), from + BATCH));
            jdbc.batchUpdate(insert, batch.stream().map(SimplePropertySqlParameterSource::new)
                    .toArray(SqlParameterSource[]::new));
        }
    }
}
