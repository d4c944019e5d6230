package org.village.kpi;

import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * GPA for the school year to date: the marks of the month's school year (terms carry no dates; a mark counts for
 * the school year its file names), for every scope and subgroup.
 */
class GpaKpiTasklet implements Tasklet {

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final KpiWriter writer;

    GpaKpiTasklet(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql, KpiWriter writer) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var yearStart = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
        String schoolYear = Window.schoolYear(yearStart, properties.schoolYearStartMonth());
        GpaKpis kpis = new GpaKpis(month.toString(), StudentProfiles.load(jdbc, sql),
                Participants.load(jdbc, sql, yearStart, month.atEndOfMonth()).partnershipsByStudent());
        jdbc.sql(sql.get("student-gpa")).param("schoolYear", schoolYear).query(rs -> {
            kpis.accept(rs.getString("student_id"), rs.getString("school_id"), rs.getBigDecimal("points"),
                    rs.getBigDecimal("credits"));
        });
        List<KpiValue> values = kpis.finish();
        writer.write(values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }
}
