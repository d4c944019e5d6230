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

/** Applies {@link SmallGroupSuppression} to the month's stored figures before anything reads them for a report. */
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
        List<KpiValue> values = jdbc.sql(sql.get("month-values")).param("reportMonth", reportMonth)
                .query(KpiValueRowMapper.INSTANCE).list();
        List<SmallGroupSuppression.Decision> decisions = suppression.decide(values);
        // Most primary decisions were applied as the figures were written (KpiWriter): only figures not stored
        // suppressed already are updated, one statement each.
        namedJdbc.batchUpdate(sql.get("suppress"), decisions.stream()
                .filter(decision -> !decision.value().suppressed())
                .map(decision -> new MapSqlParameterSource()
                        .addValue("reason", decision.reason())
                        .addValue("reportMonth", decision.value().reportMonth())
                        .addValue("periodKind", decision.value().periodKind())
                        .addValue("scope", decision.value().scope())
                        .addValue("scopeId", decision.value().scopeId())
                        .addValue("subgroup", decision.value().subgroup())
                        .addValue("kpi", decision.value().kpi()))
                .toArray(SqlParameterSource[]::new));
        contribution.incrementWriteCount(decisions.size());
        return RepeatStatus.FINISHED;
    }
}
