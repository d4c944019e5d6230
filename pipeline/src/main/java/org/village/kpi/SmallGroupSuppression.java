package org.village.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which figures may not be printed. Primary: a figure resting on fewer than the minimum number of students.
 * Complementary: where exactly one member of a family is suppressed and the family's total is printed, the
 * suppressed one could be worked out from the total and its siblings, so the next-smallest sibling is suppressed
 * too. Families: the schools under the district (for each subgroup), and the values of one subgroup dimension (grade,
 * gender, race/ethnicity) within a scope, whose total is the scope's all-students figure. Repeated until nothing
 * changes, since one complementary suppression can expose another family.
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

    private static final Comparator<KpiValue> DECISION_ORDER = Comparator.comparing(KpiValue::periodKind)
            .thenComparing(KpiValue::scope).thenComparing(KpiValue::scopeId).thenComparing(KpiValue::subgroup)
            .thenComparing(KpiValue::kpi);

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

    private record Family(List<KpiValue> members, KpiValue total) {
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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Family family : families) {
                if (family.total() == null || suppressed.containsKey(family.total()) || family.members().size() < 2) {
                    continue;
                }
                List<KpiValue> hidden = family.members().stream().filter(suppressed::containsKey).toList();
                if (hidden.size() != 1) {
                    continue;
                }
                KpiValue next = family.members().stream()
                        .filter(v -> !suppressed.containsKey(v))
                        .min(Comparator.comparingInt(KpiValue::n).thenComparing(KpiValue::scopeId)
                                .thenComparing(KpiValue::subgroup))
                        .orElse(null);
                if (next != null) {
                    suppressed.put(next, COMPLEMENTARY);
                    order.add(next);
                    changed = true;
                }
            }
        }
        return order.stream().map(value -> new Decision(value, suppressed.get(value))).toList();
    }

    private static List<Family> families(List<KpiValue> values) {
        Map<String, KpiValue> byKey = new LinkedHashMap<>();
        for (KpiValue v : values) {
            byKey.put(key(v.periodKind(), v.scope(), v.scopeId(), v.subgroup(), v.kpi()), v);
        }
        Map<String, List<KpiValue>> members = new LinkedHashMap<>();
        Map<String, KpiValue> totals = new LinkedHashMap<>();
        for (KpiValue v : values) {
            if (KpiValue.SCHOOL.equals(v.scope())) {
                String family = "schools|" + v.periodKind() + "|" + v.subgroup() + "|" + v.kpi();
                members.computeIfAbsent(family, f -> new ArrayList<>()).add(v);
                totals.put(family, byKey.get(key(v.periodKind(), KpiValue.DISTRICT, KpiValue.DISTRICT_ID,
                        v.subgroup(), v.kpi())));
            }
            if (v.subgroup().contains(":")) {
                String family = "subgroups|" + v.periodKind() + "|" + v.scope() + "|" + v.scopeId() + "|"
                        + StudentProfile.dimension(v.subgroup()) + "|" + v.kpi();
                members.computeIfAbsent(family, f -> new ArrayList<>()).add(v);
                totals.put(family, byKey.get(key(v.periodKind(), v.scope(), v.scopeId(), KpiValue.ALL_STUDENTS,
                        v.kpi())));
            }
        }
        List<Family> families = new ArrayList<>();
        members.forEach((family, list) -> families.add(new Family(list, totals.get(family))));
        return families;
    }

    private static String key(String period, String scope, String scopeId, String subgroup, String kpi) {
        return period + "|" + scope + "|" + scopeId + "|" + subgroup + "|" + kpi;
    }
}
