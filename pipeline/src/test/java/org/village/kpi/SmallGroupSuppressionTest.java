package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SmallGroupSuppressionTest {

    private final SmallGroupSuppression suppression = new SmallGroupSuppression(10);

    private static KpiValue rate(String scope, String scopeId, int n) {
        return new KpiValue("2026-10", "MONTH", scope, scopeId, "all", "attendance_rate", new BigDecimal("0.95"),
                null, null, n, false, null);
    }

    private static List<String> suppressedIds(List<SmallGroupSuppression.Decision> decisions) {
        return decisions.stream().map(d -> d.value().scopeId()).toList();
    }

    @Test
    void suppressesAFigureOnFewerStudentsThanTheMinimum() {
        var decisions = suppression.decide(List.of(rate("SCHOOL", "a", 9), rate("SCHOOL", "b", 10)));

        assertThat(suppressedIds(decisions)).containsExactly("a");
        assertThat(decisions.get(0).reason()).isEqualTo("fewer than 10 students");
    }

    @Test
    void suppressesTheNextSmallestSiblingWhenTheTotalWouldGiveTheSmallGroupAway() {
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 80), rate("SCHOOL", "a", 4),
                rate("SCHOOL", "b", 30), rate("SCHOOL", "c", 12), rate("SCHOOL", "d", 34)));

        assertThat(suppressedIds(decisions)).containsExactly("a", "c");
        assertThat(decisions.get(1).reason()).contains("could otherwise be worked out from the total");
    }

    @Test
    void needsNoSecondCellWhenTwoSiblingsAreAlreadySuppressed() {
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 40), rate("SCHOOL", "a", 4),
                rate("SCHOOL", "b", 6), rate("SCHOOL", "c", 30)));

        assertThat(suppressedIds(decisions)).containsExactly("a", "b");
    }

    @Test
    void treatsEachKpiAndWindowAsItsOwnFamily() {
        KpiValue ytd = new KpiValue("2026-10", "YEAR_TO_DATE", "SCHOOL", "a", "all", "attendance_rate",
                BigDecimal.ONE, null, null, 50, false, null);

        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 60), rate("SCHOOL", "a", 5),
                rate("SCHOOL", "b", 55), ytd));

        assertThat(suppressedIds(decisions)).containsExactly("a", "b");
    }
}
