package org.village.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * GPA for the month and for the school year to date, for every scope and subgroup. A term's marks count from the
 * month the term ended ({@link TermCalendar}): the month's GPA is that of the terms that ended in it, none in most
 * months; the year to date's, of the terms that ended by the month's end, so a month recomputed after later terms
 * arrived gives the figure it gave at the time. Marks of a term with no known end count toward the year to date of
 * every month, as before term ends were known, and the log names the term so the calendar can be completed.
 */
class GpaKpiTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(GpaKpiTasklet.class);

    private final YearMonth month;
    private final MonthInputs inputs;
    private final KpiWriter writer;

    GpaKpiTasklet(YearMonth month, MonthInputs inputs, KpiWriter writer) {
        this.month = month;
        this.inputs = inputs;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        SchoolYearMarks marks = inputs.marks();
        Map<String, StudentProfile> profiles = inputs.profiles();
        Map<String, Set<String>> partnerships = inputs.participation().partnershipsByStudent();
        StudentMarks monthMarks = new StudentMarks(new GpaKpis(month.toString(), Window.MONTH, profiles, partnerships));
        StudentMarks yearMarks = new StudentMarks(
                new GpaKpis(month.toString(), Window.YEAR_TO_DATE, profiles, partnerships));
        marks.byStudent().forEach((student, terms) -> {
            for (TermMarks term : terms) {
                yearMarks.add(student, term.schoolId(), term.points(), term.credits());
                if (term.end() != null && YearMonth.from(term.end()).equals(month)) {
                    monthMarks.add(student, term.schoolId(), term.points(), term.credits());
                }
            }
        });
        Set<String> undated = marks.undatedTerms();
        if (!undated.isEmpty()) {
            LOG.warn("Course marks of {} for terms {} have no date stored and no entry in village.kpi.term-ends: they "
                    + "count toward the year-to-date GPA of every month of the year. Add each term's last day as "
                    + "MM-DD (village.kpi.term-ends.{}=MM-DD) to count them from the month the term ends.",
                    marks.schoolYear(), undated, undated.iterator().next());
        }
        List<KpiValue> values = new ArrayList<>(monthMarks.finish());
        values.addAll(yearMarks.finish());
        writer.replace(month, values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }

    /** Sums a student's terms at a school before {@link GpaKpis} sees them: it takes one row per student and school. */
    private static final class StudentMarks {

        private final GpaKpis kpis;
        private String student;
        private String school;
        private BigDecimal points = BigDecimal.ZERO;
        private BigDecimal credits = BigDecimal.ZERO;

        StudentMarks(GpaKpis kpis) {
            this.kpis = kpis;
        }

        void add(String studentId, String schoolId, BigDecimal termPoints, BigDecimal termCredits) {
            if (!studentId.equals(student) || !schoolId.equals(school)) {
                flush();
                student = studentId;
                school = schoolId;
            }
            points = points.add(termPoints);
            credits = credits.add(termCredits);
        }

        List<KpiValue> finish() {
            flush();
            return kpis.finish();
        }

        private void flush() {
            if (student != null) {
                kpis.accept(student, school, points, credits);
            }
            student = null;
            points = BigDecimal.ZERO;
            credits = BigDecimal.ZERO;
        }
    }
}
