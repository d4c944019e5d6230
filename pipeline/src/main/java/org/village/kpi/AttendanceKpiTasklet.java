package org.village.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes the attendance figures of the month and of the school year to date for every scope and subgroup: one
 * read of the year's rows ({@link AttendanceTotals}) into two {@link AttendanceKpis}, and what comes out stored in
 * the step's one transaction. A restart after a failure recomputes both windows whole, since the transaction that
 * failed wrote nothing.
 */
class AttendanceKpiTasklet implements Tasklet {

    private final YearMonth month;
    private final KpiProperties properties;
    private final MonthInputs inputs;
    private final KpiWriter writer;

    AttendanceKpiTasklet(YearMonth month, KpiProperties properties, MonthInputs inputs, KpiWriter writer) {
        this.month = month;
        this.properties = properties;
        this.inputs = inputs;
        this.writer = writer;
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
        attendance.forEach((student, schools) -> {
            StudentProfile profile = profiles.getOrDefault(student, StudentProfile.UNKNOWN);
            for (AttendanceTotals.SchoolDays school : schools) {
                contribution.incrementReadCount();
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
        writer.write(values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }
}
