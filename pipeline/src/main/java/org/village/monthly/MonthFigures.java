package org.village.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.village.kpi.AttendancePeriod;
import org.village.kpi.KpiValue;
import org.village.kpi.Window;
import org.village.report.ReportContent;
import org.village.ingest.DataReceived;
import org.village.report.ReportContent.Warning;

/**
 * One month's stored figures and report sources, read once and shared by every report of the month. Immutable after
 * {@link ReportContentAssembler#load}; {@code previous} and {@code baseline} are last month's and the same month a
 * year earlier, for the tiles' changes; {@code attendanceRates} is every scope's monthly attendance rate since the
 * start of the baseline school year, for the trend charts, by scope in month order; {@code yearToDatePeriods} the
 * scopes whose year-to-date attendance covers a period of its own ({@link ReportContent.Period}). The subgroups each
 * scope has are indexed once, since every report asks for its own.
 */
record MonthFigures(YearMonth month, Map<String, KpiValue> current, Map<String, KpiValue> previous,
        Map<String, KpiValue> baseline, Map<String, String> schoolNames, List<ReportSources.Partnership> partnerships,
        Map<String, List<ReportSources.GoalProgress>> goals, Map<String, ReportSources.CheckIn> checkIns,
        List<ReportSources.StoryRow> stories, List<String> assumptions, DataReceived received, List<Warning> warnings,
        LocalDate dataThrough, LocalDate generatedOn, Map<Scope, List<KpiValue>> attendanceRates,
        Map<Scope, ReportContent.Period> yearToDatePeriods, Map<ScopeInWindow, Set<String>> subgroupsByScope) {

    /** A scope's figures for one window (a {@link Window}'s name, as stored). */
    record ScopeInWindow(String periodKind, Scope scope) {
    }

    MonthFigures(YearMonth month, Map<String, KpiValue> current, Map<String, KpiValue> previous,
            Map<String, KpiValue> baseline, Map<String, String> schoolNames,
            List<ReportSources.Partnership> partnerships, Map<String, List<ReportSources.GoalProgress>> goals,
            Map<String, ReportSources.CheckIn> checkIns, List<ReportSources.StoryRow> stories,
            List<String> assumptions, DataReceived received, List<Warning> warnings, LocalDate dataThrough,
            LocalDate generatedOn, List<KpiValue> attendanceRates, List<AttendancePeriod> yearToDatePeriods) {
        this(month, current, previous, baseline, schoolNames, partnerships, goals, checkIns, stories, assumptions,
                received, warnings, dataThrough, generatedOn, byScope(attendanceRates),
                periodsByScope(yearToDatePeriods), subgroupIndex(current));
    }

    MonthFigures {
        current = Map.copyOf(current);
        previous = Map.copyOf(previous);
        baseline = Map.copyOf(baseline);
        schoolNames = Collections.unmodifiableMap(new LinkedHashMap<>(schoolNames));
        partnerships = List.copyOf(partnerships);
        goals = Map.copyOf(goals);
        checkIns = Map.copyOf(checkIns);
        stories = List.copyOf(stories);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        attendanceRates = Map.copyOf(attendanceRates);
        yearToDatePeriods = Map.copyOf(yearToDatePeriods);
        subgroupsByScope = Map.copyOf(subgroupsByScope);
    }

    private static Map<Scope, List<KpiValue>> byScope(List<KpiValue> values) {
        Map<Scope, List<KpiValue>> byScope = new HashMap<>();
        for (KpiValue value : values) {
            byScope.computeIfAbsent(new Scope(value.scope(), value.scopeId()), k -> new ArrayList<>()).add(value);
        }
        return byScope;
    }

    private static Map<Scope, ReportContent.Period> periodsByScope(List<AttendancePeriod> periods) {
        Map<Scope, ReportContent.Period> byScope = new HashMap<>();
        for (AttendancePeriod period : periods) {
            byScope.put(new Scope(period.scope(), period.scopeId()),
                    new ReportContent.Period(period.firstDay(), period.lastDay()));
        }
        return byScope;
    }

    /** The subgroups (not "all") with an attendance rate or chronic absenteeism, by scope and window. */
    private static Map<ScopeInWindow, Set<String>> subgroupIndex(Map<String, KpiValue> current) {
        Map<ScopeInWindow, Set<String>> index = new HashMap<>();
        for (KpiValue value : current.values()) {
            if (!KpiValue.ALL_STUDENTS.equals(value.subgroup()) && (value.kpi().equals(KpiValue.ATTENDANCE_RATE)
                    || value.kpi().equals(KpiValue.CHRONIC_ABSENTEEISM))) {
                index.computeIfAbsent(new ScopeInWindow(value.periodKind(), new Scope(value.scope(), value.scopeId())),
                        k -> new TreeSet<>()).add(value.subgroup());
            }
        }
        index.replaceAll((key, subgroups) -> Collections.unmodifiableSet(subgroups));
        return index;
    }

    static String key(Window window, Scope scope, String subgroup, String kpi) {
        return window.name() + '|' + scope.scope() + '|' + scope.id() + '|' + subgroup + '|' + kpi;
    }

    KpiValue value(Window window, Scope scope, String subgroup, String kpi) {
        return current.get(key(window, scope, subgroup, kpi));
    }

    /**
     * Whether the school had students this month or earlier this school year: in its attendance, or on its roster
     * (a month whose attendance has not come, or came inside a longer summary, still has the school's students).
     */
    boolean hasStudents(String schoolId) {
        Scope school = new Scope(KpiValue.SCHOOL, schoolId);
        return value(Window.MONTH, school, KpiValue.ALL_STUDENTS, KpiValue.STUDENTS_ENROLLED) != null
                || value(Window.YEAR_TO_DATE, school, KpiValue.ALL_STUDENTS, KpiValue.STUDENTS_ENROLLED) != null
                || value(Window.MONTH, school, KpiValue.ALL_STUDENTS, KpiValue.STUDENTS_ON_ROSTER) != null;
    }

    /** The period the scope's year-to-date attendance covers where it is not the school year to date, or null. */
    ReportContent.Period yearToDatePeriod(Scope scope) {
        return yearToDatePeriods.get(scope);
    }

    /** The subgroups (not "all") that have an attendance rate or chronic absenteeism at the scope this month. */
    Set<String> subgroups(Window window, Scope scope) {
        return subgroupsByScope.getOrDefault(new ScopeInWindow(window.name(), scope), Set.of());
    }

    /** The scope's monthly attendance rates from {@code from} through {@code through}, in order. */
    List<KpiValue> attendanceRates(Scope scope, YearMonth from, YearMonth through) {
        return attendanceRates.getOrDefault(scope, List.of()).stream()
                .filter(v -> v.reportMonth().compareTo(from.toString()) >= 0
                        && v.reportMonth().compareTo(through.toString()) <= 0)
                .toList();
    }
}
