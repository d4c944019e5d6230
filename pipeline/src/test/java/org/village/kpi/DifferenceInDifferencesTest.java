package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTest {

    private static List<Double> alternating(double a, double b, int pairs) {
        return Stream.generate(() -> List.of(a, b)).limit(pairs).flatMap(List::stream).toList();
    }

    @Test
    void estimatesTheDifferenceOfChangesWithAWelchInterval() {
        // Participants gained 5 points (±1), comparison students nothing (±1): variances 0.0001 × 10/9 each, ten in
        // each group, so Welch's degrees of freedom are 18, t(0.975, 18) = 2.100922 and the standard error
        // sqrt(2 × 0.000111111 / 10) = 0.00471405: 0.05 ± 0.0099039.
        DifferenceInDifferences did = DifferenceInDifferences.of(alternating(0.06, 0.04, 5),
                alternating(0.01, -0.01, 5));

        assertThat(did.effect()).isCloseTo(0.05, within(1e-12));
        assertThat(did.participants()).isEqualTo(10);
        assertThat(did.comparison()).isEqualTo(10);
        assertThat(did.lower()).isCloseTo(0.0400961, within(1e-4));
        assertThat(did.upper()).isCloseTo(0.0599039, within(1e-4));
        assertThat(did.excludesZero()).isTrue();
    }

    @Test
    void anIntervalAcrossZeroIsNotAnEffectToPrint() {
        DifferenceInDifferences did = DifferenceInDifferences.of(alternating(0.05, -0.04, 6),
                alternating(0.01, -0.01, 6));

        assertThat(did.excludesZero()).isFalse();
    }

    @Test
    void needsTwoStudentsOnEachSideForAnInterval() {
        assertThat(DifferenceInDifferences.of(List.of(0.1), alternating(0.01, -0.01, 5))).isNull();
        assertThat(DifferenceInDifferences.of(alternating(0.01, -0.01, 5), Collections.emptyList())).isNull();
    }

    @Test
    void tQuantilesMatchTheTables() {
        assertThat(StudentTTest.quantile975(10)).isCloseTo(2.228139, within(1e-3));
        assertThat(StudentTTest.quantile975(18)).isCloseTo(2.100922, within(1e-4));
        assertThat(StudentTTest.quantile975(120)).isCloseTo(1.979930, within(1e-5));
    }
}
