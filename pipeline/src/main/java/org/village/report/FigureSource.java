package org.village.report;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a printed number comes from, for the figure ledger: what it claims to be (a KPI of a scope, scope id and
 * subgroup, over a window of a month) and the formula that gives it from what the database stores, so an auditor can
 * follow every number of a report back to its rows. A stored figure's formula is its key,
 * {@code kpi_value[2026-10|YEAR_TO_DATE|SCHOOL|0101|all|attendance_rate]}; a goal's share achieved
 * {@code goal_progress[2026-10|P-001|attendance_rate]} and its target
 * {@code goal_progress.target[2026-10|P-001|attendance_rate]}; a change or a gap is one key minus another, a total the
 * sum of its parts, a cost per student a ratio; data received the sum over its sheets,
 * {@code ingest_source[17|rows_loaded]}. An operand that is itself a formula of several terms is bracketed, so each
 * bracket holds one kind of operator.
 */
public record FigureSource(YearMonth month, String window, String scope, String scopeId, String subgroup, String kpi,
        String formula) {

    public static final String GOAL_PROGRESS = "goal_progress:";
    public static final String GOAL_TARGET = "goal_target:";

    private static final String RECEIVED = "received:";

    private static final Pattern SINGLE_TERM = Pattern.compile(
            "(kpi_value|goal_progress(\\.target)?|ingest_source)\\[[^\\]]*\\]");

    /** A figure as stored: one row of {@code kpi_value}. */
    public static FigureSource stored(YearMonth month, String window, String scope, String scopeId, String subgroup,
            String kpi) {
        return new FigureSource(month, window, scope, scopeId, subgroup, kpi, "kpi_value[" + month + "|" + window
                + "|" + scope + "|" + scopeId + "|" + subgroup + "|" + kpi + "]");
    }

    /** The share of a partnership's goal achieved, as stored in {@code goal_progress}. */
    public static FigureSource goal(YearMonth month, String partnershipId, String kpi) {
        return new FigureSource(month, "YEAR_TO_DATE", "PARTNERSHIP", partnershipId, "all", GOAL_PROGRESS + kpi,
                "goal_progress[" + month + "|" + partnershipId + "|" + kpi + "]");
    }

    /** The target of a partnership's goal, as stored with its progress in {@code goal_progress}. */
    public static FigureSource goalTarget(YearMonth month, String partnershipId, String kpi) {
        return new FigureSource(month, "YEAR_TO_DATE", "PARTNERSHIP", partnershipId, "all", GOAL_TARGET + kpi,
                "goal_progress.target[" + month + "|" + partnershipId + "|" + kpi + "]");
    }

    /**
     * Data received for a report of {@code month} about a scope: {@code measure} ({@code sheets}, {@code rows_loaded}
     * or {@code rows_rejected}) of {@code dataset} (or of all, {@code null}), the sum over the sheets it counts, each
     * {@code ingest_source[<source id>|<measure>]} (a sheet counts 1).
     */
    public static FigureSource received(YearMonth month, String scope, String scopeId, String dataset, String measure,
            List<Long> sourceIds) {
        return new FigureSource(month, "MONTH", scope, scopeId, "all",
                RECEIVED + (dataset == null ? "all" : dataset) + ":" + measure, sourceIds.stream()
                        .map(id -> "ingest_source[" + id + "|" + measure + "]").collect(Collectors.joining(" + ")));
    }

    /** This figure less another (a change since last month, a gap to all students): a claim about this one. */
    public FigureSource minus(FigureSource other) {
        return new FigureSource(month, window, scope, scopeId, subgroup, kpi, operand(formula) + " - "
                + operand(other.formula));
    }

    /** What {@code claim} says it is, added up from its parts. */
    public static FigureSource sum(FigureSource claim, List<FigureSource> parts) {
        return claim.as(parts.stream().map(part -> operand(part.formula)).collect(Collectors.joining(" + ")));
    }

    /** What {@code claim} says it is, as {@code numerator} over {@code denominator}. */
    public static FigureSource ratio(FigureSource claim, FigureSource numerator, FigureSource denominator) {
        return claim.as(operand(numerator.formula) + " / " + operand(denominator.formula));
    }

    private FigureSource as(String otherFormula) {
        return new FigureSource(month, window, scope, scopeId, subgroup, kpi, otherFormula);
    }

    /** A key as it is, anything of several terms in brackets. */
    private static String operand(String formula) {
        return SINGLE_TERM.matcher(formula).matches() ? formula : "(" + formula + ")";
    }
}
