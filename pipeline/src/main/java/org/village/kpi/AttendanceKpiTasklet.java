package org.village.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Computes the attendance figures of the month and of the school year to date for every scope and subgroup: one
 * read of the year's rows ({@link AttendanceTotals}) into two {@link AttendanceKpis}, the period each scope's year to
 * date covers where a summary of several months makes it differ from the school year to date
 * ({@link YearToDatePeriods}), the students on each school's roster in the month ({@link StudentsOnRoster}), and the
 * monthly rates of earlier months no run of their own computed, for the trend charts ({@link AttendanceHistory}), all
 * stored in the step's one transaction. A restart after a failure recomputes both windows whole, since the
 * transaction that failed wrote nothing.
 */
class AttendanceKpiTasklet implements Tasklet {

    private final YearMonth month;
    private final KpiProperties properties;
    private final MonthInputs inputs;
    private final KpiWriter writer;
    private final AttendanceHistory history;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    AttendanceKpiTasklet(YearMonth month, KpiProperties properties, MonthInputs inputs, KpiWriter writer,
            AttendanceHistory history, JdbcClient jdbc, NamedQueries sql) {
        this.month = month;
        this.properties = properties;
        this.inputs = inputs;
        this.writer = writer;
        this.history = history;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // Each of the two side-by-side threads reads its own big input first, the attendance here and the marks in
        // the GPA step, then the two they share: whichever gets to one first reads it while the other finishes.
        Map<String, List<AttendanceTotals.SchoolDays>> attendance = inputs.attendance();
        Map<String, Set<String>> partnerships = inputs.participation().partnershipsByStudent();
        AttendanceKpis monthKpis = new AttendanceKpis(month.toString(), Window.MONTH, properties, partnerships);
        AttendanceKpis yearKpis = new AttendanceKpis(month.toString(), Window.YEAR_TO_DATE, properties, partnerships);
        Map<String, StudentProfile> profiles = inputs.profiles();
        YearToDatePeriods periods = new YearToDatePeriods();
        attendance.forEach((student, schools) -> {
            StudentProfile profile = profiles.getOrDefault(student, StudentProfile.UNKNOWN);
            for (AttendanceTotals.SchoolDays school : schools) {
                contribution.incrementReadCount();
                periods.accept(school);
                if (school.yearEnrolled.signum() > 0) {
                    yearKpis.accept(new StudentAttendance(student, school.schoolId, school.yearEnrolled,
                            school.yearPresent, profile));
                }
                if (school.monthEnrolled.signum() > 0) {
                    monthKpis.accept(new StudentAttendance(student, school.schoolId, school.monthEnrolled,
                            school.monthPresent, profile));
                }
            }
        });
        List<KpiValue> values = new ArrayList<>(monthKpis.finish());
        values.addAll(yearKpis.finish());
        values.addAll(onRoster(StudentsOnRoster.bySchool(jdbc, sql, month)));
        writer.replace(month, values);
        contribution.incrementWriteCount(values.size() + periods.store(jdbc, sql, month) + history.update(month));
        return RepeatStatus.FINISHED;
    }

    private List<KpiValue> onRoster(Map<String, Integer> bySchool) {
        List<KpiValue> values = new ArrayList<>();
        bySchool.forEach((school, students) -> values.add(onRoster(KpiValue.SCHOOL, school, students)));
        if (!bySchool.isEmpty()) {
            values.add(onRoster(KpiValue.DISTRICT, KpiValue.DISTRICT_ID,
                    bySchool.values().stream().mapToInt(Integer::intValue).sum()));
        }
        return values;
    }

    private KpiValue onRoster(String scope, String scopeId, int students) {
        return new KpiValue(month.toString(), Window.MONTH.name(), scope, scopeId, KpiValue.ALL_STUDENTS,
                KpiValue.STUDENTS_ON_ROSTER, BigDecimal.valueOf(students), BigDecimal.valueOf(students), null,
                students, false, null, null, null);
    }
}
