package org.village.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Computes one window's attendance figures for every scope and subgroup: streams each student's days from the
 * database into {@link AttendanceKpis} and stores what comes out, in the step's one transaction. A restart after
 * a failure recomputes the window whole, since the transaction that failed wrote nothing.
 */
class AttendanceKpiTasklet implements Tasklet {

    private final YearMonth month;
    private final Window window;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final KpiWriter writer;

    AttendanceKpiTasklet(YearMonth month, Window window, KpiProperties properties, JdbcClient jdbc, NamedQueries sql,
            KpiWriter writer) {
        this.month = month;
        this.window = window;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        AttendanceKpis kpis = new AttendanceKpis(month.toString(), window, properties,
                Participants.load(jdbc, sql, Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth()),
                        window.through(month)).partnershipsByStudent());
        Map<String, StudentProfile> profiles = StudentProfiles.load(jdbc, sql);
        jdbc.sql(sql.get("student-attendance"))
                .param("fromDate", window.from(month, properties.schoolYearStartMonth()))
                .param("throughDate", window.through(month))
                .param("tardyIsPresent", properties.tardyCountsAsPresent() ? 1 : 0)
                .param("suspensionIsAbsence", properties.suspensionCountsAsAbsence() ? 1 : 0)
                .query(rs -> {
                    String student = rs.getString("student_id");
                    kpis.accept(new StudentAttendance(student, rs.getString("school_id"),
                            rs.getBigDecimal("enrolled"), rs.getBigDecimal("present"),
                            profiles.getOrDefault(student, StudentProfile.UNKNOWN)));
                    contribution.incrementReadCount();
                });
        List<KpiValue> values = kpis.finish();
        writer.write(values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }
}
