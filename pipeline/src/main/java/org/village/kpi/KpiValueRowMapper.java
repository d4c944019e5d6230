package org.village.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;

/**
 * Maps the KPI table's columns by name. Written out because the generic record mapper probes for columns under
 * several spellings, and on H2 each failed probe is an exception: the month's figures took seconds to read.
 */
final class KpiValueRowMapper implements RowMapper<KpiValue> {

    static final KpiValueRowMapper INSTANCE = new KpiValueRowMapper();

    private KpiValueRowMapper() {
    }

    @Override
    public KpiValue mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new KpiValue(rs.getString("report_month"), rs.getString("period_kind"), rs.getString("scope"),
                rs.getString("scope_id"), rs.getString("subgroup"), rs.getString("kpi"), rs.getBigDecimal("value"),
                rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getInt("n"),
                rs.getBoolean("suppressed"), rs.getString("suppression_reason"), rs.getBigDecimal("lower_bound"),
                rs.getBigDecimal("upper_bound"));
    }
}
