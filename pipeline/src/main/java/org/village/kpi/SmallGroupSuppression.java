package org.village.kpi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which figures may not be printed. Primary: a figure resting on fewer than the minimum number of students.
 * Complementary: whatever a reader could work out from a total and the figures printed beside it.
 * <p>
 * A family is a total and the figures that add up to it: the schools under the district (for each subgroup), the values
 * of one subgroup dimension (grade, gender, race/ethnicity, and a partnership's participants at each school, {@code
 * school:<id>}) under their scope's all-students figure, and a programme flag (English learners, …) under the same
 * total, whose other part, the students without the flag, is never printed. A partnership's participants at its schools
 * leave out those with no school of record, a group like students with no grade. The partnerships are no family under
 * the district's students served: a student may take part in several, so the district's count minus the partnerships'
 * printed counts is no count of any group (only a lower bound for a withheld one, which its marker already says is
 * below the minimum), and treating it as one withheld a partnership's 12 beside another's 3. A reader who subtracts the
 * printed members from the total learns how many students the withheld members hold together; for a flag, how many do
 * not have it; where nothing is withheld, what the members leave out (students with no recorded grade, students counted
 * at two schools). So in every family whose total is printed:
 * <ul>
 * <li>no withheld member stands alone: one withheld member would be the total minus the others;</li>
 * <li>the students the withheld members hold together (the total minus the printed members, as a reader computes
 * it) are none or at least the minimum, and so is what a family with nothing withheld leaves out;</li>
 * </ul>
 * and in a family whose total is withheld, some member is withheld too, or the members would add up to it.
 * Whatever breaks a rule withholds the family's next-smallest printed member, and the families that member belongs
 * to are looked at again, until no family breaks a rule.
 * <p>
 * Across months: a figure for the year to date is last month's year to date and this month's figure together
 * (days, hours, students counted). Where last month's year to date was printed, this month's figure is this year
 * to date minus it, and this year to date is it plus this month's, so the two are withheld together: a group small
 * this month (a grade of six students this month) would otherwise be the difference, and a figure withheld only for
 * its family would be given back, and its family with it. The pair joins the families in the same loop. Last
 * month's decisions stand as they were printed; in a school year's first month the year to date starts again and
 * has no pair.
 * <p>
 * Money (investment, its parts, what was committed and received) and volunteer hours are about adults' dollars and
 * time: no rule withholds them, and they count in no family. A partnership's figures resting on its students served
 * are withheld with a withheld count, since each gives it back (below), cost per student served among them: it is a
 * figure per student, and the printed investment over it is the count.
 * <p>
 * This treats the withheld members' sum like a cell of its own that must reach the minimum: SSBtools'
 * {@code GaussSuppression} (Statistics Norway) keeps each primary cell out of the span of the published cells by
 * Gaussian elimination, and protects a sum of cells only when it is given as an extra primary cell
 * ({@code xExtraPrimary}, or the virtual cells its {@code "subSum"} singleton method makes); sdcTable's
 * {@code HYPERCUBE} (Repsilber's GHMITER) withholds the corners of a cube around each primary cell, which leaves the
 * sum along each edge derivable and is safe only because the corners it picks are large. Neither protects the union
 * of two small siblings unless told to, and that union was what Village's reports gave away. Village's tables are
 * shallow (a total and one level of members; linked only through shared members and the month pair), so this
 * greedy rule, checked by {@code DisclosureAttackTest} against what a reader can subtract from two published months,
 * gives the guarantee without a solver: every set of withheld cells a reader can isolate by subtraction is a
 * withheld family's union, a flag's complement, a table's leftover or a month's figure, and each is none or at least
 * the minimum.
 * <p>
 * A group of no students prints as a true zero: a union of no students tells nothing about any student, so a zero is
 * never withheld, needs no protection and protects nothing.
 */
final class SmallGroupSuppression {

    record Decision(KpiValue value, String reason) {
    }

    static final String PRIMARY = "fewer than %d students";
    static final String COMPLEMENTARY = "protects a smaller group that could otherwise be worked out from the total";
    static final String ACROSS_MONTHS = "protects a smaller group that could otherwise be worked out from last "
            + "month's year to date";

    /** Volunteer hours and money describe adults' time and dollars: the small-group rule is about students. */
    private static final Set<String> NOT_ABOUT_STUDENTS = Set.of(ParticipationKpiTasklet.VOLUNTEER_HOURS,
            RoiKpiTasklet.INVESTMENT_CASH, RoiKpiTasklet.INVESTMENT_IN_KIND, RoiKpiTasklet.INVESTMENT_VOLUNTEER_TIME,
            RoiKpiTasklet.INVESTMENT_TOTAL, RoiKpiTasklet.INVESTMENT_COMMITTED, RoiKpiTasklet.INVESTMENT_RECEIVED);

    /**
     * A partnership's figures that rest on its students served, so print that count as their n, and would give a
     * withheld count away: besides, the participation rate times the students enrolled at its schools, and the
     * investment (always printed) over the cost per student, are the count again.
     */
    private static final List<String> SERVED_COMPANIONS = List.of(ParticipationKpiTasklet.PARTICIPATION_RATE,
            ParticipationKpiTasklet.DOSAGE_HOURS, ParticipationKpiTasklet.DOSAGE_SESSIONS,
            ParticipationKpiTasklet.RETENTION, RoiKpiTasklet.COST_PER_STUDENT_SERVED);

    private static final Comparator<KpiValue> DECISION_ORDER = Comparator.comparing(KpiValue::periodKind)
            .thenComparing(KpiValue::scope).thenComparing(KpiValue::scopeId).thenComparing(KpiValue::subgroup)
            .thenComparing(KpiValue::kpi);

    private static final Comparator<KpiValue> NEXT_TO_WITHHOLD = Comparator.comparingInt(KpiValue::n)
            .thenComparing(KpiValue::scopeId).thenComparing(KpiValue::subgroup);

    private final int minimumGroupSize;
    private final String primaryReason;

    SmallGroupSuppression(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
        this.primaryReason = PRIMARY.formatted(minimumGroupSize);
    }

    String primaryReason() {
        return primaryReason;
    }

    /** Whether a stored reason is the primary one, whatever minimum it was written with. */
    static boolean isPrimary(String reason) {
        return reason.matches(PRIMARY.replace("%d", "\\d+"));
    }

    /**
     * Whether a figure rests on too few students to be printed, whatever its family. No student at all is no small
     * group: "0 students served" names nobody, and printing it as "n<10" would say some were.
     */
    boolean primary(KpiValue value) {
        return !NOT_ABOUT_STUDENTS.contains(value.kpi()) && value.n() > 0 && value.n() < minimumGroupSize;
    }

    /** The figure as it is stored once suppressed: its n and the reason, nothing that could be printed. */
    static KpiValue withheld(KpiValue value, String reason) {
        return new KpiValue(value.reportMonth(), value.periodKind(), value.scope(), value.scopeId(), value.subgroup(),
                value.kpi(), null, null, null, value.n(), true, reason, null, null);
    }

    /**
     * A total and its members. {@code complement}: the members leave out a part that is never printed (the
     * students without a programme flag), so the members alone can never give the total away.
     */
    private record Family(List<KpiValue> members, KpiValue total, boolean complement) {
    }

    /**
     * Which figures to suppress and why, for figures computed together (one step's). The figures may come in any
     * order: they are taken in one fixed order, so that the sibling chosen for a complementary suppression does not
     * depend on how a step listed them.
     */
    List<Decision> decide(List<KpiValue> values) {
        return decide(values, Set.of());
    }

    /**
     * Which figures of a month to suppress and why, with the figures already withheld as they were, and
     * {@code printedLastMonth}: the figures for the year to date printed last month, in the same school year, each
     * as {@link #cell}. A month's figure and its year to date are then withheld together where that one is printed:
     * the year to date is last month's and this month's together, so with last month's printed, either of this
     * month's two would give the other back.
     */
    List<Decision> decide(List<KpiValue> values, Set<String> printedLastMonth) {
        List<KpiValue> monthValues = new ArrayList<>(values);
        monthValues.sort(DECISION_ORDER);
        // By identity: the same instances are asked about again and again, and hashing a record of BigDecimals each
        // time made this the slowest step of a month.
        Map<KpiValue, String> suppressed = new IdentityHashMap<>();
        List<KpiValue> order = new ArrayList<>();
        for (KpiValue value : monthValues) {
            if (value.suppressed() || primary(value)) {
                suppressed.put(value, value.suppressed() ? value.suppressionReason() : primaryReason());
                order.add(value);
            }
        }
        List<Family> families = families(monthValues);
        Map<KpiValue, List<Family>> familiesOf = new IdentityHashMap<>();
        for (Family family : families) {
            for (KpiValue member : family.members()) {
                familiesOf.computeIfAbsent(member, m -> new ArrayList<>()).add(family);
            }
            familiesOf.computeIfAbsent(family.total(), t -> new ArrayList<>()).add(family);
        }
        List<KpiValue[]> months = acrossMonths(monthValues, printedLastMonth);
        ArrayDeque<Family> queue = new ArrayDeque<>(families);
        Set<Family> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(families);
        List<KpiValue> withheld = new ArrayList<>();
        do {
            for (KpiValue value : withheld) {
                for (Family touched : familiesOf.getOrDefault(value, List.of())) {
                    if (queued.add(touched)) {
                        queue.add(touched);
                    }
                }
            }
            withheld.clear();
            while (!queue.isEmpty()) {
                Family family = queue.poll();
                queued.remove(family);
                KpiValue next = nextToWithhold(family, suppressed);
                if (next == null) {
                    continue;
                }
                suppressed.put(next, COMPLEMENTARY);
                order.add(next);
                for (Family touched : familiesOf.getOrDefault(next, List.of())) {
                    if (queued.add(touched)) {
                        queue.add(touched);
                    }
                }
            }
            for (KpiValue[] pair : months) {
                KpiValue other = otherOfThePair(pair[0], pair[1], suppressed);
                if (other != null) {
                    suppressed.put(other, ACROSS_MONTHS);
                    withheld.add(other);
                }
            }
            for (KpiValue companion : companions(monthValues, suppressed)) {
                withheld.add(companion);
            }
            order.addAll(withheld);
        } while (!withheld.isEmpty());
        return order.stream().map(value -> new Decision(value, suppressed.get(value))).toList();
    }

    /** A figure's scope, subgroup and KPI, whatever its month and window. */
    static String cell(String scope, String scopeId, String subgroup, String kpi) {
        return scope + "|" + scopeId + "|" + subgroup + "|" + kpi;
    }

    /** Each figure of the month beside its year to date, where last month's year to date was printed. */
    private static List<KpiValue[]> acrossMonths(List<KpiValue> values, Set<String> printedLastMonth) {
        if (printedLastMonth.isEmpty()) {
            return List.of();
        }
        Map<String, KpiValue> month = new LinkedHashMap<>();
        for (KpiValue v : values) {
            if (Window.MONTH.name().equals(v.periodKind()) && !NOT_ABOUT_STUDENTS.contains(v.kpi())) {
                month.put(cell(v.scope(), v.scopeId(), v.subgroup(), v.kpi()), v);
            }
        }
        List<KpiValue[]> pairs = new ArrayList<>();
        for (KpiValue v : values) {
            String cell = cell(v.scope(), v.scopeId(), v.subgroup(), v.kpi());
            if (Window.YEAR_TO_DATE.name().equals(v.periodKind()) && printedLastMonth.contains(cell)
                    && month.containsKey(cell)) {
                pairs.add(new KpiValue[] { month.get(cell), v });
            }
        }
        return pairs;
    }

    /**
     * Of a month's figure and its year to date, the printed one to withhold where the other is withheld; null if
     * both or neither are. A figure on no students is printed as a true zero whatever happens: it has no group to
     * give away.
     */
    private static KpiValue otherOfThePair(KpiValue month, KpiValue yearToDate, Map<KpiValue, String> suppressed) {
        boolean monthWithheld = suppressed.containsKey(month) && month.n() > 0;
        boolean yearWithheld = suppressed.containsKey(yearToDate) && yearToDate.n() > 0;
        if (monthWithheld && !suppressed.containsKey(yearToDate) && yearToDate.n() > 0) {
            return yearToDate;
        }
        if (yearWithheld && !suppressed.containsKey(month) && month.n() > 0) {
            return month;
        }
        return null;
    }

    /** The member to withhold so that the family gives no small group away, or null if it gives none. */
    private KpiValue nextToWithhold(Family family, Map<KpiValue, String> suppressed) {
        int hidden = 0;
        int printed = 0;
        for (KpiValue member : family.members()) {
            if (!suppressed.containsKey(member)) {
                printed += member.n();
            }
            else if (member.n() > 0) {
                hidden++;
            }
        }
        KpiValue total = family.total();
        boolean breaksARule;
        if (suppressed.containsKey(total)) {
            breaksARule = !family.complement() && hidden == 0 && total.n() > 0;
        }
        else {
            int workedOut = total.n() - printed;
            breaksARule = family.complement() ? small(workedOut)
                    : hidden == 1 || (hidden > 1 && small(workedOut)) || (hidden == 0 && small(Math.abs(workedOut)));
        }
        if (!breaksARule) {
            return null;
        }
        return family.members().stream()
                .filter(member -> !suppressed.containsKey(member) && member.n() > 0)
                .min(NEXT_TO_WITHHOLD)
                .orElse(null);
    }

    /** A group a reader must not be able to count: some students, but fewer than the minimum. */
    private boolean small(int students) {
        return students > 0 && students < minimumGroupSize;
    }

    /** The partnership figures that would give a withheld count of students served away, withheld with it. */
    private static List<KpiValue> companions(List<KpiValue> values, Map<KpiValue, String> suppressed) {
        Map<String, KpiValue> byKey = new LinkedHashMap<>();
        for (KpiValue value : values) {
            byKey.put(key(value.periodKind(), value.scope(), value.scopeId(), value.subgroup(), value.kpi()), value);
        }
        List<KpiValue> added = new ArrayList<>();
        for (KpiValue value : values) {
            if (!KpiValue.PARTNERSHIP.equals(value.scope())
                    || !ParticipationKpiTasklet.STUDENTS_SERVED.equals(value.kpi())
                    || !suppressed.containsKey(value)) {
                continue;
            }
            for (String kpi : SERVED_COMPANIONS) {
                KpiValue companion = byKey.get(key(value.periodKind(), value.scope(), value.scopeId(),
                        value.subgroup(), kpi));
                if (companion != null && !suppressed.containsKey(companion)) {
                    suppressed.put(companion, COMPLEMENTARY);
                    added.add(companion);
                }
            }
        }
        return added;
    }

    private static List<Family> families(List<KpiValue> values) {
        Map<String, KpiValue> byKey = new LinkedHashMap<>();
        for (KpiValue v : values) {
            byKey.put(key(v.periodKind(), v.scope(), v.scopeId(), v.subgroup(), v.kpi()), v);
        }
        Map<String, List<KpiValue>> members = new LinkedHashMap<>();
        Map<String, KpiValue> totals = new LinkedHashMap<>();
        for (KpiValue v : values) {
            if (NOT_ABOUT_STUDENTS.contains(v.kpi())) {
                continue;
            }
            if (KpiValue.SCHOOL.equals(v.scope())) {
                String family = v.scope() + "|" + v.periodKind() + "|" + v.subgroup() + "|" + v.kpi();
                members.computeIfAbsent(family, f -> new ArrayList<>()).add(v);
                totals.put(family, byKey.get(key(v.periodKind(), KpiValue.DISTRICT, KpiValue.DISTRICT_ID,
                        v.subgroup(), v.kpi())));
            }
            if (!KpiValue.ALL_STUDENTS.equals(v.subgroup())) {
                String family = "subgroups|" + v.periodKind() + "|" + v.scope() + "|" + v.scopeId() + "|"
                        + (flag(v.subgroup()) ? v.subgroup() : StudentProfile.dimension(v.subgroup())) + "|"
                        + v.kpi();
                members.computeIfAbsent(family, f -> new ArrayList<>()).add(v);
                totals.put(family, byKey.get(key(v.periodKind(), v.scope(), v.scopeId(), KpiValue.ALL_STUDENTS,
                        v.kpi())));
            }
        }
        List<Family> families = new ArrayList<>();
        members.forEach((family, list) -> {
            KpiValue total = totals.get(family);
            if (total != null) {
                families.add(new Family(list, total, family.startsWith("subgroups|") && flag(list.get(0).subgroup())));
            }
        });
        return families;
    }

    /** A programme flag (english_learner, …) rather than one value of a dimension (grade:3). */
    private static boolean flag(String subgroup) {
        return subgroup.indexOf(':') < 0;
    }

    private static String key(String period, String scope, String scopeId, String subgroup, String kpi) {
        return period + "|" + scope + "|" + scopeId + "|" + subgroup + "|" + kpi;
    }
}
