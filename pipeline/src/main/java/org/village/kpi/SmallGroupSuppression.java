package org.village.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which figures may not be printed. Primary: a figure resting on fewer than the minimum number of students.
 * Complementary: where exactly one school's figure is suppressed and the district's is printed, the suppressed one
 * could be worked out from the total and its siblings, so the next-smallest sibling is suppressed too.
 */
final class SmallGroupSuppression {

    record Decision(KpiValue value, String reason) {
    }

    private final int minimumGroupSize;

    SmallGroupSuppression(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    List<Decision> decide(List<KpiValue> monthValues) {
        List<Decision> decisions = new ArrayList<>();
        Map<String, List<KpiValue>> siblings = new LinkedHashMap<>();
        Map<String, KpiValue> totals = new LinkedHashMap<>();
        for (KpiValue value : monthValues) {
            String family = value.periodKind() + "|" + value.subgroup() + "|" + value.kpi();
            if (KpiValue.SCHOOL.equals(value.scope())) {
                siblings.computeIfAbsent(family, f -> new ArrayList<>()).add(value);
            }
            else if (KpiValue.DISTRICT.equals(value.scope())) {
                totals.put(family, value);
            }
            if (value.n() < minimumGroupSize) {
                decisions.add(new Decision(value, "fewer than " + minimumGroupSize + " students"));
            }
        }
        for (Map.Entry<String, List<KpiValue>> family : siblings.entrySet()) {
            KpiValue total = totals.get(family.getKey());
            List<KpiValue> schools = family.getValue();
            long suppressed = schools.stream().filter(v -> v.n() < minimumGroupSize).count();
            if (suppressed == 1 && total != null && total.n() >= minimumGroupSize && schools.size() > 1) {
                schools.stream()
                        .filter(v -> v.n() >= minimumGroupSize)
                        .min(Comparator.comparingInt(KpiValue::n).thenComparing(KpiValue::scopeId))
                        .ifPresent(v -> decisions.add(new Decision(v,
                                "protects a smaller group that could otherwise be worked out from the total")));
            }
        }
        return decisions;
    }
}
