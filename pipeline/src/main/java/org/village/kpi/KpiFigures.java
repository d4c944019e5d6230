package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;

/** Read access to stored figures for the reports: one month's, and a KPI's history for trends. */
@Component
public class KpiFigures {

    private static final NamedQueries SQL = NamedQueries.load("kpi");

    private final JdbcClient jdbc;

    KpiFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KpiValue> month(YearMonth month) {
        return jdbc.sql(SQL.get("month-values")).param("reportMonth", month.toString())
                .query(KpiValueRowMapper.INSTANCE).list();
    }

    /** The assumptions stored with the month's money figures, in order. */
    public List<String> assumptions(YearMonth month) {
        return jdbc.sql(SQL.get("month-assumptions")).param("reportMonth", month.toString()).query(String.class)
                .list();
    }

    /** The month's year-to-date attendance periods that differ from the school year to date ({@link AttendancePeriod}). */
    public List<AttendancePeriod> attendancePeriods(YearMonth month) {
        return jdbc.sql(SQL.get("month-attendance-periods")).param("reportMonth", month.toString())
                .query((rs, i) -> new AttendancePeriod(rs.getString("scope"), rs.getString("scope_id"),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
                .list();
    }

    public List<KpiValue> history(String scope, String scopeId, String kpi, Window window, YearMonth from,
            YearMonth through) {
        return jdbc.sql(SQL.get("history"))
                .param("scope", scope).param("scopeId", scopeId).param("subgroup", KpiValue.ALL_STUDENTS)
                .param("kpi", kpi).param("periodKind", window.name())
                .param("fromMonth", from.toString()).param("throughMonth", through.toString())
                .query(KpiValueRowMapper.INSTANCE).list();
    }

    /** One KPI's history for every scope, all students, in month order. */
    public List<KpiValue> everyScopeHistory(String kpi, Window window, YearMonth from, YearMonth through) {
        return jdbc.sql(SQL.get("every-scope-history"))
                .param("subgroup", KpiValue.ALL_STUDENTS).param("kpi", kpi).param("periodKind", window.name())
                .param("fromMonth", from.toString()).param("throughMonth", through.toString())
                .query(KpiValueRowMapper.INSTANCE).list();
    }
}
