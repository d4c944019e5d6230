package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Each partnership against its baseline (product brief §2), on the attendance rate: for participants and for
 * comparison students (at the schools it serves, in the grades its participants are in, served by no partnership),
 * each student's change from the baseline period (given in the registry, or the year before the start) to now, and
 * the difference in differences with its 95% interval. "Now" runs to the end of the month from the day after each
 * participant's first session this school year, and for comparison students from the day after the partnership's
 * median first session ({@link NowPeriod} says why). Only students enrolled at least the minimum days in both
 * periods count. Where the partnership sets a minimum dosage, the attendance effect is also estimated apart for the
 * participants who reached it by the end of the month and for those below it. And apart for its participants at each
 * school ({@link SchoolsOfRecord}), against the comparison students at that school, for the school's dashboard: a
 * figure there rests on the smaller of the two groups, since a handful of comparison students' changes could be read
 * off the effect and the participants' change as surely as a handful of participants'.
 * <p>
 * The same for GPA, from the school year the baseline period starts in (all its marks) to the current one, for
 * students with marks in both; "now" holds the terms that ended after the participant's first session (after the
 * median first session for comparison students) and by the end of the month ({@link TermCalendar}), since a term
 * that ended before a student was served cannot show what the partnership did. A term with no known end counts.
 */
class EffectKpiTasklet implements Tasklet {

    static final String CHANGE_PARTICIPANTS = "attendance_change_participants";
    static final String CHANGE_COMPARISON = "attendance_change_comparison";
    static final String EFFECT = "attendance_effect";
    static final String EFFECT_AT_DOSAGE = "attendance_effect_at_dosage";
    static final String EFFECT_BELOW_DOSAGE = "attendance_effect_below_dosage";
    static final String GPA_CHANGE_PARTICIPANTS = "gpa_change_participants";
    static final String GPA_CHANGE_COMPARISON = "gpa_change_comparison";
    static final String GPA_EFFECT = "gpa_effect";

    private static final Pattern SCHOOL_YEAR_TERM = Pattern.compile("\\d{4}-\\d{2} .*");

    private static final List<String> MARK_SHEETS = List.of("COURSE_MARKS");

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NamedQueries sql;
    private final MonthInputs inputs;
    private final KpiWriter writer;
    private final Map<String, Map<String, NowPeriod.Days>> baselines = new HashMap<>();
    private final Map<String, Map<String, Double>> gpaByYear = new HashMap<>();
    private Map<String, StudentProfile> profiles;
    private StoredBaselines stored;

    EffectKpiTasklet(YearMonth month, KpiProperties properties, JdbcClient jdbc, JdbcTemplate batch, NamedQueries sql,
            MonthInputs inputs, KpiWriter writer) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.batch = batch;
        this.sql = sql;
        this.inputs = inputs;
        this.writer = writer;
    }

    private record Partnership(String id, LocalDate baselineStart, LocalDate baselineEnd,
            BigDecimal minimumDosageHours) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate yearStart = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
        LocalDate monthEnd = month.atEndOfMonth();
        profiles = inputs.profiles();
        stored = new StoredBaselines(jdbc, batch, sql, contribution.getStepExecution().getId());
        ParticipationTotals participation = inputs.participation();
        Set<String> served = participation.served(Window.YEAR_TO_DATE);
        List<Partnership> partnerships = jdbc.sql(sql.get("partnerships-for-effects")).param("yearStart", yearStart)
                .param("throughDate", monthEnd).query((rs, i) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate baselineStart = rs.getObject("baseline_start", LocalDate.class);
                    LocalDate baselineEnd = rs.getObject("baseline_end", LocalDate.class);
                    return new Partnership(rs.getString("partnership_id"),
                            baselineStart == null ? start.minusYears(1) : baselineStart,
                            baselineEnd == null ? start.minusDays(1) : baselineEnd,
                            rs.getBigDecimal("minimum_dosage_hours"));
                }).list();
        int startMonth = properties.schoolYearStartMonth();
        Map<String, List<TermMarks>> marksNow = inputs.marks().byStudent();
        Map<String, NowPeriod> nowPeriods = new HashMap<>();
        Map<String, Map<String, LocalDate>> firstSessions = new HashMap<>();
        for (Partnership partnership : partnerships) {
            Map<String, ParticipationTotals.Participant> participants = participation.participants(partnership.id());
            if (!participants.isEmpty()) {
                Map<String, LocalDate> first = new HashMap<>();
                participants.forEach((student, participant) -> first.put(student, participant.firstSession()));
                firstSessions.put(partnership.id(), first);
                nowPeriods.put(partnership.id(), new NowPeriod(first, served));
            }
        }
        now(nowPeriods, monthEnd);
        List<KpiValue> values = new ArrayList<>();
        for (Partnership partnership : partnerships) {
            NowPeriod now = nowPeriods.get(partnership.id());
            if (now == null) {
                continue;
            }
            Map<String, LocalDate> participants = firstSessions.get(partnership.id());
            Set<String> grades = new HashSet<>();
            for (String student : participants.keySet()) {
                String grade = profiles.getOrDefault(student, StudentProfile.UNKNOWN).grade();
                if (grade != null) {
                    grades.add(grade);
                }
            }
            Map<String, NowPeriod.Days> comparison = now.comparison(grades, profiles);
            Map<String, NowPeriod.Days> baseline = baseline(partnership.baselineStart(), partnership.baselineEnd());
            values.addAll(effect(partnership.id(), now.participants(), comparison, baseline));
            values.addAll(schoolEffects(partnership.id(), now.participants(), comparison, baseline));
            if (partnership.minimumDosageHours() != null) {
                values.addAll(dosageBandEffects(partnership, now.participants(),
                        participation.participants(partnership.id()), comparison, baseline));
            }
            Map<String, Double> gpaNow = new HashMap<>();
            participants.forEach((student, first) -> TermMarks.gpaAfter(marksNow.get(student), first)
                    .ifPresent(gpa -> gpaNow.put(student, gpa)));
            comparison.keySet().forEach(student -> TermMarks.gpaAfter(marksNow.get(student), now.comparisonAfter())
                    .ifPresent(gpa -> gpaNow.put(student, gpa)));
            values.addAll(gpaEffect(partnership.id(), participants.keySet(), comparison.keySet(),
                    gpa(Window.schoolYear(partnership.baselineStart(), startMonth)), gpaNow));
        }
        stored.dropUnused();
        writer.replace(month, values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Attendance at each partnership's schools from its earliest first session to the end of the month: summaries
     * partnership by partnership, and the months of daily attendance the attendance step read for the school year
     * ({@link MonthInputs}), in one pass for all of them: each first session is in the school year.
     */
    private void now(Map<String, NowPeriod> nowPeriods, LocalDate monthEnd) {
        if (nowPeriods.isEmpty()) {
            return;
        }
        boolean tardyIsPresent = properties.tardyCountsAsPresent();
        nowPeriods.forEach((partnershipId, now) -> jdbc.sql(sql.get("partnership-school-summaries"))
                .param("partnershipId", partnershipId).param("afterDate", now.earliestStart())
                .param("throughDate", monthEnd)
                .query(rs -> {
                    now.accept(rs.getString("student_id"), rs.getObject("first_day", LocalDate.class),
                            rs.getDouble("enrolled"), rs.getDouble("present"));
                }));
        Map<String, List<NowPeriod>> bySchool = new HashMap<>();
        jdbc.sql(sql.get("partnership-schools")).query(rs -> {
            NowPeriod now = nowPeriods.get(rs.getString("partnership_id"));
            if (now != null) {
                bySchool.computeIfAbsent(rs.getString("school_id"), s -> new ArrayList<>()).add(now);
            }
        });
        inputs.attendance().forEach((student, schools) -> {
            for (AttendanceTotals.SchoolDays school : schools) {
                for (NowPeriod now : bySchool.getOrDefault(school.schoolId, List.of())) {
                    for (AttendanceMonths.Month month : school.months) {
                        now.accept(student, month, tardyIsPresent);
                    }
                }
            }
        });
    }

    private List<KpiValue> effect(String partnershipId, Map<String, NowPeriod.Days> participants,
            Map<String, NowPeriod.Days> comparison, Map<String, NowPeriod.Days> baseline) {
        return figures(partnershipId, DifferenceInDifferences.of(changes(participants, baseline),
                changes(comparison, baseline)), CHANGE_PARTICIPANTS, CHANGE_COMPARISON, EFFECT);
    }

    /** The effect for each school's participants against the comparison students at that school. */
    private List<KpiValue> schoolEffects(String partnershipId, Map<String, NowPeriod.Days> participants,
            Map<String, NowPeriod.Days> comparison, Map<String, NowPeriod.Days> baseline) {
        SchoolsOfRecord schools = inputs.schoolsOfRecord();
        Map<String, Map<String, NowPeriod.Days>> comparisonBySchool = schools.split(comparison);
        List<KpiValue> values = new ArrayList<>();
        new TreeMap<>(schools.split(participants)).forEach((school, atSchool) -> {
            DifferenceInDifferences did = DifferenceInDifferences.of(changes(atSchool, baseline),
                    changes(comparisonBySchool.getOrDefault(school, Map.of()), baseline));
            if (did != null) {
                String subgroup = KpiValue.atSchool(school);
                values.add(value(partnershipId, subgroup, CHANGE_PARTICIPANTS, did.participantsChange(),
                        did.participants(), null, null));
                values.add(value(partnershipId, subgroup, CHANGE_COMPARISON, did.comparisonChange(),
                        did.comparison(), null, null));
                values.add(value(partnershipId, subgroup, EFFECT, did.effect(),
                        Math.min(did.participants(), did.comparison()), did.lower(), did.upper()));
            }
        });
        return values;
    }

    /**
     * The effect for the participants who reached the minimum dosage and for those below it, apart: a board weighing
     * what a partnership's hours cost asks whether the effect is carried by those who got them. Each band keeps the
     * whole comparison group.
     */
    private List<KpiValue> dosageBandEffects(Partnership partnership, Map<String, NowPeriod.Days> participants,
            Map<String, ParticipationTotals.Participant> sessions, Map<String, NowPeriod.Days> comparison,
            Map<String, NowPeriod.Days> baseline) {
        Map<String, BigDecimal> hours = new HashMap<>();
        sessions.forEach((student, participant) -> {
            BigDecimal recorded = participant.hours(Window.YEAR_TO_DATE);
            if (recorded != null) {
                hours.put(student, recorded);
            }
        });
        DosageBands bands = DosageBands.of(participants, hours, partnership.minimumDosageHours());
        List<Double> comparisonChanges = changes(comparison, baseline);
        List<KpiValue> values = new ArrayList<>();
        effectOnly(partnership.id(), EFFECT_AT_DOSAGE, changes(bands.reached(), baseline), comparisonChanges)
                .ifPresent(values::add);
        effectOnly(partnership.id(), EFFECT_BELOW_DOSAGE, changes(bands.below(), baseline), comparisonChanges)
                .ifPresent(values::add);
        return values;
    }

    private Optional<KpiValue> effectOnly(String partnershipId, String kpi, List<Double> participantChanges,
            List<Double> comparisonChanges) {
        DifferenceInDifferences did = DifferenceInDifferences.of(participantChanges, comparisonChanges);
        return did == null ? Optional.empty()
                : Optional.of(value(partnershipId, kpi, did.effect(), did.participants(), did.lower(), did.upper()));
    }

    private List<Double> changes(Map<String, NowPeriod.Days> now, Map<String, NowPeriod.Days> baseline) {
        List<Double> changes = new ArrayList<>();
        now.forEach((student, current) -> {
            NowPeriod.Days before = baseline.get(student);
            if (before != null && eligible(before) && eligible(current)) {
                changes.add(current.rate() - before.rate());
            }
        });
        return changes;
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

    /**
     * Each student's credit-weighted GPA over all schools for one school year (2025-26), stored between runs: a sheet
     * of marks may hold it unless its span of terms lies wholly in other years.
     */
    private Map<String, Double> gpa(String schoolYear) {
        return gpaByYear.computeIfAbsent(schoolYear, year -> {
            Map<String, Double> gpa = new HashMap<>();
            stored.get("gpa " + year, MARK_SHEETS, sheet -> mayHoldYear(sheet, year), () -> yearMarks(year))
                    .forEach((student, sums) -> gpa.put(student, sums.amount().doubleValue()
                            / sums.base().doubleValue()));
            return gpa;
        });
    }

    private Map<String, StoredBaselines.Sums> yearMarks(String schoolYear) {
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        Map<String, StoredBaselines.Sums> sums = new HashMap<>();
        jdbc.sql(sql.get("student-year-marks")).param("schoolYear", schoolYear).query(rs -> {
            if (inUse.contains(rs.getLong("source_id"))) {
                BigDecimal credits = rs.getBigDecimal("credits");
                sums.merge(rs.getString("student_id"),
                        new StoredBaselines.Sums(rs.getBigDecimal("grade_points").multiply(credits), credits),
                        StoredBaselines.Sums::plus);
            }
        });
        return sums;
    }

    /** Whether a sheet's terms (first and last as '2025-26 Q1') may include the school year; unknown spans may. */
    private static boolean mayHoldYear(StoredBaselines.Sheet sheet, String schoolYear) {
        String first = yearOf(sheet.firstPeriod());
        String last = yearOf(sheet.lastPeriod());
        return first == null || last == null || (first.compareTo(schoolYear) <= 0 && last.compareTo(schoolYear) >= 0);
    }

    private static String yearOf(String term) {
        return term != null && SCHOOL_YEAR_TERM.matcher(term).matches() ? term.substring(0, 7) : null;
    }

    private boolean eligible(NowPeriod.Days days) {
        return days.enrolled >= properties.minimumEnrolledDays();
    }

    /**
     * Every student's days over a baseline period, summed across schools; partnerships mostly share one. Stored
     * between runs with the settings that shape it: a sheet of attendance may hold the period unless its days lie
     * wholly outside it.
     */
    private Map<String, NowPeriod.Days> baseline(LocalDate from, LocalDate through) {
        boolean suspensionIsAbsence = properties.suspensionCountsAsAbsence();
        boolean tardyIsPresent = properties.tardyCountsAsPresent();
        String key = "attendance " + from + ".." + through + " suspension counts as absence " + suspensionIsAbsence
                + ", tardy as present " + tardyIsPresent;
        return baselines.computeIfAbsent(key, k -> {
            Map<String, NowPeriod.Days> byStudent = new HashMap<>();
            stored.get(key, StoredBaselines.ATTENDANCE_SHEETS, sheet -> sheet.mayHoldDays(from, through),
                    () -> baselineDays(from, through, suspensionIsAbsence, tardyIsPresent))
                    .forEach((student, sums) -> {
                        NowPeriod.Days days = new NowPeriod.Days();
                        days.present = sums.amount().doubleValue();
                        days.enrolled = sums.base().doubleValue();
                        byStudent.put(student, days);
                    });
            return byStudent;
        });
    }

    private Map<String, StoredBaselines.Sums> baselineDays(LocalDate from, LocalDate through,
            boolean suspensionIsAbsence, boolean tardyIsPresent) {
        Map<String, StoredBaselines.Sums> byStudent = new HashMap<>();
        jdbc.sql(sql.get("student-summary-attendance")).param("fromDate", from).param("throughDate", through)
                .query(rs -> {
                    byStudent.merge(rs.getString("student_id"),
                            new StoredBaselines.Sums(rs.getBigDecimal("present"), rs.getBigDecimal("enrolled")),
                            StoredBaselines.Sums::plus);
                });
        if (!from.isAfter(through)) {
            AttendanceMonths.read(jdbc, sql, from, through, suspensionIsAbsence, row -> {
                AttendanceMonths.Month month = row.days();
                int window = AttendanceMonths.between(month.month(), from, through);
                if ((month.enrolledDays() & window) != 0) {
                    byStudent.merge(row.studentId(), new StoredBaselines.Sums(
                            BigDecimal.valueOf(month.present(window, tardyIsPresent)),
                            BigDecimal.valueOf(month.enrolled(window))),
                            StoredBaselines.Sums::plus);
                }
            });
        }
        return byStudent;
    }

    private KpiValue value(String partnershipId, String kpi, double value, int n, Double lower, Double upper) {
        return value(partnershipId, KpiValue.ALL_STUDENTS, kpi, value, n, lower, upper);
    }

    private KpiValue value(String partnershipId, String subgroup, String kpi, double value, int n, Double lower,
            Double upper) {
        return new KpiValue(month.toString(), Window.YEAR_TO_DATE.name(), KpiValue.PARTNERSHIP, partnershipId,
                subgroup, kpi, BigDecimal.valueOf(value), null, null, n, false, null,
                lower == null ? null : BigDecimal.valueOf(lower), upper == null ? null : BigDecimal.valueOf(upper));
    }
}
