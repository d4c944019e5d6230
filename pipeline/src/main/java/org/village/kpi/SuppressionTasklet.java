package org.village.kpi;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** Applies {@link SmallGroupSuppression} to the month's stored figures before anything reads them for a report. */
class SuppressionTasklet implements Tasklet {

    private final String reportMonth;
    private final SmallGroupSuppression suppression;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    SuppressionTasklet(String reportMonth, SmallGroupSuppression suppression, JdbcClient jdbc, NamedQueries sql) {
        this.reportMonth = reportMonth;
        this.suppression = suppression;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<KpiValue> values = jdbc.sql(sql.get("month-values")).param("reportMonth", reportMonth)
                .query(new DataClassRowMapper<>(KpiValue.class)).list();
        
        for (SmallGroupSuppression.Decision decision : suppression.decide(values)) {
            KpiValue v = decision.value();
            jdbc.sql(sql.get("suppress"))
                    .param("reason", decision.reason())
                    .param("reportMonth", v.reportMonth())
                    .param("periodKind", v.periodKind())
                    .param("scope", v.scope())
                    .param("scopeId", v.scopeId())
                    .param("subgroup", v.subgroup())
                    .param("kpi", v.kpi())
                    .update();
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
