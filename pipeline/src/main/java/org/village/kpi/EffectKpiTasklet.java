package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Each partnership against its baseline (product brief §2), on the attendance rate: for participants and for
 * comparison students (enrolled now at the schools it serves, in the grades its participants are in, not served by
 * it), each student's change from the baseline period (given in the registry, or the year before the start) to
 * now (from the start, or the school year's start if later, to the end of the month), and the difference in
 * differences with its 95% interval. Only students enrolled at least the minimum days in both periods count.
 * The same for GPA, from the school year the baseline period starts in to the current school year, for students
 * with marks in both.
 */
class EffectKpiTasklet implements Tasklet {

    static final String CHANGE_PARTICIPANTS = "attendance_change_participants";
    static final String CHANGE_COMPARISON = "attendance_change_comparison";
    static final String EFFECT = "attendance_effect";
    static final String GPA_CHANGE_PARTICIPANTS = "gpa_change_participants";
    static final String GPA_CHANGE_COMPARISON = "gpa_change_comparison";
    static final String GPA_EFFECT = "gpa_effect";

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final KpiWriter writer;
    private final Map<String, Map<String, StudentTotals>> windows = new HashMap<>();
    private final Map<String, Map<String, Double>> gpaByYear = new HashMap<>();
    private Map<String, StudentProfile> profiles;

    EffectKpiTasklet(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql, KpiWriter writer) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    /** A student's days over a period, summed across schools, with the schools and the grade they were in. */
    private static final class StudentTotals {
        BigDecimal enrolled = BigDecimal.ZERO;
        BigDecimal present = BigDecimal.ZERO;
        final Set<String> schools = new HashSet<>();
        String grade;

        double rate() {
            return present.doubleValue() / enrolled.doubleValue();
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate yearStart = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
        LocalDate monthEnd = month.atEndOfMonth();
        Map<String, Set<String>> served = Participants.load(jdbc, sql, yearStart, monthEnd).studentsByPartnership();
        Map<String, Set<String>> schoolsServed = new HashMap<>();
        jdbc.sql(sql.get("partnership-schools")).query(rs -> {
            schoolsServed.computeIfAbsent(rs.getString("partnership_id"), p -> new HashSet<>())
                    .add(rs.getString("school_id"));
        });
        List<KpiValue> values = new ArrayList<>();
        int startMonth = properties.schoolYearStartMonth();
        jdbc.sql(sql.get("partnerships-for-effects")).param("yearStart", yearStart).param("throughDate", monthEnd)
                .query(rs -> {
                    String id = rs.getString("partnership_id");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate baselineStart = rs.getObject("baseline_start", LocalDate.class);
                    LocalDate baselineEnd = rs.getObject("baseline_end", LocalDate.class);
                    if (baselineStart == null) {
                        baselineStart = start.minusYears(1);
                    }
                    if (baselineEnd == null) {
                        baselineEnd = start.minusDays(1);
                    }
                    LocalDate nowStart = start.isAfter(yearStart) ? start : yearStart;
                    Set<String> participants = served.getOrDefault(id, Set.of());
                    Map<String, StudentTotals> now = totals(nowStart, monthEnd);
                    Set<String> comparison = comparison(participants, schoolsServed.getOrDefault(id, Set.of()), now);
                    values.addAll(effect(id, participants, comparison, totals(baselineStart, baselineEnd), now));
                    values.addAll(gpaEffect(id, participants, comparison,
                            gpa(Window.schoolYear(baselineStart, startMonth)), gpa(Window.schoolYear(yearStart,
                                    startMonth))));
                });
        writer.write(values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }

    /** Students enrolled now at the partnership's schools, in its participants' grades, and not served by it. */
    private static Set<String> comparison(Set<String> participants, Set<String> schools,
            Map<String, StudentTotals> now) {
        Set<String> grades = new HashSet<>();
        for (String student : participants) {
            StudentTotals current = now.get(student);
            if (current != null && current.grade != null) {
                grades.add(current.grade);
            }
        }
        Set<String> comparison = new HashSet<>();
        now.forEach((student, current) -> {
            if (!participants.contains(student) && grades.contains(current.grade)
                    && current.schools.stream().anyMatch(schools::contains)) {
                comparison.add(student);
            }
        });
        return comparison;
    }

    private List<KpiValue> effect(String partnershipId, Set<String> participants, Set<String> comparison,
            Map<String, StudentTotals> baseline, Map<String, StudentTotals> now) {
        List<Double> participantChanges = new ArrayList<>();
        List<Double> comparisonChanges = new ArrayList<>();
        now.forEach((student, current) -> {
            StudentTotals before = baseline.get(student);
            if (before == null || !eligible(before) || !eligible(current)) {
                return;
            }
            double change = current.rate() - before.rate();
            if (participants.contains(student)) {
                participantChanges.add(change);
            }
            else if (comparison.contains(student)) {
                comparisonChanges.add(change);
            }
        });
        return figures(partnershipId, DifferenceInDifferences.of(participantChanges, comparisonChanges),
                CHANGE_PARTICIPANTS, CHANGE_COMPARISON, EFFECT);
    }

    private List<KpiValue> gpaEffect(String partnershipId, Set<String> participants, Set<String> comparison,
            Map<String, Double> baseline, Map<String, Double> now) {
        List<Double> participantChanges = new ArrayList<>();
        List<Double> comparisonChanges = new ArrayList<>();
        now.forEach((student, gpa) -> {
            Double before = baseline.get(student);
            if (before == null) {
                return;
            }
            if (participants.contains(student)) {
                participantChanges.add(gpa - before);
            }
            else if (comparison.contains(student)) {
                comparisonChanges.add(gpa - before);
            }
        });
        return figures(partnershipId, DifferenceInDifferences.of(participantChanges, comparisonChanges),
                GPA_CHANGE_PARTICIPANTS, GPA_CHANGE_COMPARISON, GPA_EFFECT);
    }

    private List<KpiValue> figures(String partnershipId, DifferenceInDifferences did, String participantsKpi,
            String comparisonKpi, String effectKpi) {
        if (did == null) {
            return List.of();
        }
        return List.of(
                value(partnershipId, participantsKpi, did.participantsChange(), did.participants(), null, null),
                value(partnershipId, comparisonKpi, did.comparisonChange(), did.comparison(), null, null),
                value(partnershipId, effectKpi, did.effect(), did.participants(), did.lower(), did.upper()));
    }

    /** Each student's credit-weighted GPA over all schools for one school year (2025-26). */
    private Map<String, Double> gpa(String schoolYear) {
        return gpaByYear.computeIfAbsent(schoolYear, year -> {
            Map<String, double[]> sums = new HashMap<>();
            jdbc.sql(sql.get("student-gpa")).param("schoolYear", year).query(rs -> {
                double[] sum = sums.computeIfAbsent(rs.getString("student_id"), s -> new double[2]);
                sum[0] += rs.getDouble("points");
                sum[1] += rs.getDouble("credits");
            });
            Map<String, Double> gpa = new HashMap<>();
            sums.forEach((student, sum) -> gpa.put(student, sum[0] / sum[1]));
            return gpa;
        });
    }

    private boolean eligible(StudentTotals totals) {
        return totals.enrolled.compareTo(BigDecimal.valueOf(properties.minimumEnrolledDays())) >= 0;
    }

    private Map<String, StudentTotals> totals(LocalDate from, LocalDate through) {
        if (profiles == null) {
            profiles = StudentProfiles.load(jdbc, sql);
        }
        return windows.computeIfAbsent(from + ".." + through, key -> {
            Map<String, StudentTotals> byStudent = new HashMap<>();
            jdbc.sql(sql.get("student-attendance"))
                    .param("fromDate", from).param("throughDate", through)
                    .param("tardyIsPresent", properties.tardyCountsAsPresent() ? 1 : 0)
                    .query(rs -> {
                        StudentTotals totals = byStudent.computeIfAbsent(rs.getString("student_id"),
                                s -> new StudentTotals());
                        totals.enrolled = totals.enrolled.add(rs.getBigDecimal("enrolled"));
                        totals.present = totals.present.add(rs.getBigDecimal("present"));
                        totals.schools.add(rs.getString("school_id"));
                        totals.grade = profiles.getOrDefault(rs.getString("student_id"), StudentProfile.UNKNOWN)
                                .grade();
                    });
            return byStudent;
        });
    }

    private KpiValue value(String partnershipId, String kpi, double value, int n, Double lower, Double upper) {
        return new KpiValue(month.toString(), Window.YEAR_TO_DATE.name(), KpiValue.PARTNERSHIP, partnershipId,
                KpiValue.ALL_STUDENTS, kpi, BigDecimal.valueOf(value), null, null, n, false, null,
                lower == null ? null : BigDecimal.valueOf(lower), upper == null ? null : BigDecimal.valueOf(upper));
    }
}
