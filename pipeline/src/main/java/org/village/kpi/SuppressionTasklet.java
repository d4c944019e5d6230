package org.village.kpi;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Withholds, before anything reads the month's figures for a report, what {@link SmallGroupSuppression} withholds once
 * the whole month is known: {@link KpiWriter} stored each step's figures as decided for that step, except the
 * partnerships' year-to-date figures, stored as computed since the ROI step reads them first. The month is decided
 * again whole, the withheld figures as they are, with the ROI step's cost per student (which would give a withheld
 * count away) and last month's year-to-date figures as printed, in the same school year (with which a month's figure
 * and its year to date give each other back). Only what is newly withheld is written.
 */
class SuppressionTasklet implements Tasklet {

    private final YearMonth reportMonth;
    private final int schoolYearStartMonth;
    private final SmallGroupSuppression suppression;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final NamedQueries sql;

    SuppressionTasklet(YearMonth reportMonth, int schoolYearStartMonth, SmallGroupSuppression suppression,
            JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc, NamedQueries sql) {
        this.reportMonth = reportMonth;
        this.schoolYearStartMonth = schoolYearStartMonth;
        this.suppression = suppression;
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<KpiValue> figures = jdbc.sql(sql.get("month-values")).param("reportMonth", reportMonth.toString())
                .query(KpiValueRowMapper.INSTANCE).list();
        List<SmallGroupSuppression.Decision> withheld = suppression.decide(figures, printedLastMonth()).stream()
                .filter(decision -> !decision.value().suppressed())
                .toList();
        namedJdbc.batchUpdate(sql.get("suppress"), withheld.stream()
                .map(decision -> new MapSqlParameterSource()
                        .addValue("reason", decision.reason())
                        .addValue("reportMonth", decision.value().reportMonth())
                        .addValue("periodKind", decision.value().periodKind())
                        .addValue("scope", decision.value().scope())
                        .addValue("scopeId", decision.value().scopeId())
                        .addValue("subgroup", decision.value().subgroup())
                        .addValue("kpi", decision.value().kpi()))
                .toArray(SqlParameterSource[]::new));
        contribution.incrementWriteCount(withheld.size());
        return RepeatStatus.FINISHED;
    }

    /** Last month's printed year-to-date figures, none in the first month of a school year (the total restarts). */
    private Set<String> printedLastMonth() {
        if (reportMonth.getMonthValue() == schoolYearStartMonth) {
            return Set.of();
        }
        Set<String> printed = new HashSet<>();
        jdbc.sql(sql.get("year-to-date-printed")).param("reportMonth", reportMonth.minusMonths(1).toString())
                .query(rs -> {
                    printed.add(SmallGroupSuppression.cell(rs.getString("scope"), rs.getString("scope_id"),
                            rs.getString("subgroup"), rs.getString("kpi")));
                });
        return printed;
    }
}
