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
 * rest on too few students: {@link KpiWriter} stored every other figure as {@link SmallGroupSuppression} decided, but
 * these as computed, since the ROI step reads them first.
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
        List<KpiValue> withheld = jdbc.sql(sql.get("partnership-figures-unsuppressed")).param("reportMonth", reportMonth)
                .query(KpiValueRowMapper.INSTANCE).stream()
                .filter(suppression::primary)
                .toList();
        namedJdbc.batchUpdate(sql.get("suppress"), withheld.stream()
                .map(value -> new MapSqlParameterSource()
                        .addValue("reason", suppression.primaryReason())
                        .addValue("reportMonth", value.reportMonth())
                        .addValue("periodKind", value.periodKind())
                        .addValue("scope", value.scope())
                        .addValue("scopeId", value.scopeId())
                        .addValue("subgroup", value.subgroup())
                        .addValue("kpi", value.kpi()))
                .toArray(SqlParameterSource[]::new));
        contribution.incrementWriteCount(withheld.size());
        return RepeatStatus.FINISHED;
    }
}
