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
 * A family is a total and the figures that add up to it: the schools under the district (for each subgroup), the
 * partnerships under the district (students served), the values of one subgroup dimension (grade, gender,
 * race/ethnicity) under their scope's all-students figure, and a programme flag (English learners, …) under the
 * same total, whose other part, the students without the flag, is never printed. A reader who subtracts the printed
 * members from the total learns how many students the withheld members hold together; for a flag, how many do not
 * have it; where nothing is withheld, what the members leave out (students with no recorded grade, students counted
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
 * This treats the withheld members' sum like a cell of its own that must reach the minimum: SSBtools'
 * {@code GaussSuppression} (Statistics Norway) keeps each primary cell out of the span of the published cells by
 * Gaussian elimination, and protects a sum of cells only when it is given as an extra primary cell
 * ({@code xExtraPrimary}, or the virtual cells its {@code "subSum"} singleton method makes); sdcTable's
 * {@code HYPERCUBE} (Repsilber's GHMITER) withholds the corners of a cube around each primary cell, which leaves the
 * sum along each edge derivable and is safe only because the corners it picks are large. Neither protects the union
 * of two small siblings unless told to, and that union was what Village's reports gave away.
 * <p>
 * A withheld figure on no students needs no protection (there is no group to give away), and protects nothing.
 */
final class SmallGroupSuppression {

    record Decision(KpiValue value, String reason) {
    }

    static final String PRIMARY = "fewer than %d students";
    static final String COMPLEMENTARY = "protects a smaller group that could otherwise be worked out from the total";

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
     * Which figures to suppress and why. The figures may come in any order: they are taken in one fixed order, so
     * that the sibling chosen for a complementary suppression does not depend on how a step listed them.
     */
    List<Decision> decide(List<KpiValue> values) {
        List<KpiValue> monthValues = new ArrayList<>(values);
        monthValues.sort(DECISION_ORDER);
        // By identity: the same instances are asked about again and again, and hashing a record of BigDecimals each
        // time made this the slowest step of a month.
        Map<KpiValue, String> suppressed = new IdentityHashMap<>();
        List<KpiValue> order = new ArrayList<>();
        for (KpiValue value : monthValues) {
            if (primary(value)) {
                suppressed.put(value, primaryReason());
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
        ArrayDeque<Family> queue = new ArrayDeque<>(families);
        Set<Family> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(families);
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
        order.addAll(companions(monthValues, suppressed));
        return order.stream().map(value -> new Decision(value, suppressed.get(value))).toList();
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
            if (KpiValue.SCHOOL.equals(v.scope()) || (KpiValue.PARTNERSHIP.equals(v.scope())
                    && ParticipationKpiTasklet.STUDENTS_SERVED.equals(v.kpi()))) {
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
