package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * By hand: s1 at school A has 4.0 × 1 + 2.0 × 1 = 6 points over 2 credits: GPA 3.0. s2 moved: at A 3.0 × 1 (3.0),
 * at B 1.7 × 0.5 (1.7); over the district (3 + 0.85) / 1.5 = 2.5667. s3 at B: 1.0 × 1 + 0 × 1 over 2: 0.5.
 * District GPA = (3.0 + 2.5667 + 0.5) / 3 = 2.0222; below 2.0: s3, 1 of 3. School A: (3.0 + 3.0) / 2 = 3.0;
 * school B: (1.7 + 0.5) / 2 = 1.1, both below 2.0.
 */
class GpaKpisTest {

    private static List<KpiValue> compute() {
        GpaKpis kpis = new GpaKpis("2026-10", Window.YEAR_TO_DATE, Map.of(
                "s1", new StudentProfile("3", "F", null, null, null, null, null, null),
                "s2", new StudentProfile("4", "M", null, null, null, null, null, null),
                "s3", new StudentProfile("4", "F", null, null, null, null, null, null)),
                Map.of("s3", Set.of("P-1")));
        kpis.accept("s1", "A", new BigDecimal("6"), new BigDecimal("2"));
        kpis.accept("s2", "A", new BigDecimal("3"), new BigDecimal("1"));
        kpis.accept("s2", "B", new BigDecimal("0.85"), new BigDecimal("0.5"));
        kpis.accept("s3", "B", new BigDecimal("1"), new BigDecimal("2"));
        return kpis.finish();
    }

    private static BigDecimal value(List<KpiValue> values, String scopeId, String subgroup, String kpi) {
        return values.stream().filter(v -> v.scopeId().equals(scopeId) && v.subgroup().equals(subgroup)
                && v.kpi().equals(kpi)).findFirst().orElseThrow().value();
    }

    @Test
    void averagesEachStudentsCreditWeightedGradePoints() {
        List<KpiValue> values = compute();

        assertThat(value(values, "district", "all", "gpa").doubleValue()).isCloseTo(2.0222, within(1e-4));
        assertThat(value(values, "A", "all", "gpa")).isEqualByComparingTo("3");
        assertThat(value(values, "B", "all", "gpa")).isEqualByComparingTo("1.1");
    }

    @Test
    void countsTheShareBelowTwoPointZeroBySubgroupAndForParticipants() {
        List<KpiValue> values = compute();

        assertThat(value(values, "district", "all", "gpa_below_2").doubleValue())
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(value(values, "B", "all", "gpa_below_2")).isEqualByComparingTo("1");
        assertThat(value(values, "district", "grade:4", "gpa").doubleValue())
                .isCloseTo((2.5667 + 0.5) / 2, within(1e-4));
        assertThat(value(values, "P-1", "all", "gpa")).isEqualByComparingTo("0.5");
    }
}
