package org.village.kpi;

import java.util.List;

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
 * Withholds, before anything reads the month's figures for a report, the partnerships' year-to-date figures that
 * {@link SmallGroupSuppression} withholds: {@link KpiWriter} stored every other figure as decided, but these as
 * computed, since the ROI step reads them first. They are decided again here with the district's students served,
 * since the partnerships' counts of students served fall under it, and with the ROI step's cost per student, which
 * would give a withheld count away.
 */
class SuppressionTasklet implements Tasklet {

    private final String reportMonth;
    private final SmallGroupSuppression suppression;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final NamedQueries sql;

    SuppressionTasklet(String reportMonth, SmallGroupSuppression suppression, JdbcClient jdbc,
            NamedParameterJdbcTemplate namedJdbc, NamedQueries sql) {
        this.reportMonth = reportMonth;
        this.suppression = suppression;
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<KpiValue> figures = jdbc.sql(sql.get("figures-read-before-suppression"))
                .param("reportMonth", reportMonth).query(KpiValueRowMapper.INSTANCE).list();
        List<SmallGroupSuppression.Decision> withheld = suppression.decide(figures).stream()
                .filter(decision -> KpiValue.PARTNERSHIP.equals(decision.value().scope()))
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
}
