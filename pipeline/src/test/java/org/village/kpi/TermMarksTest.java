package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * By hand: Q1 ended 2026-10-19 with an A (4.0 × 1 credit), Q2 2027-01-15 with a C over 2 credits (2.0 × 2 = 4
 * points), and a summer course of unknown end, a B (3.0 × 1). Served from 2026-10-01: all three terms, 11 points over 4
 * credits = 2.75. Served from 2026-10-20, after Q1 ended: Q2 and summer, 7 over 3 = 2.3333.
 */
class TermMarksTest {

    private static final List<TermMarks> MARKS = List.of(marks(LocalDate.of(2026, 10, 19), 4, 1),
            marks(LocalDate.of(2027, 1, 15), 4, 2), marks(null, 3, 1));

    private static TermMarks marks(LocalDate end, int points, int credits) {
        return new TermMarks("0101", end, BigDecimal.valueOf(points), BigDecimal.valueOf(credits));
    }

    @Test
    void countsOnlyTheTermsThatEndedAfterTheStudentWasFirstServed() {
        assertThat(TermMarks.gpaAfter(MARKS, LocalDate.of(2026, 10, 1))).hasValueSatisfying(
                gpa -> assertThat(gpa).isCloseTo(2.75, within(1e-9)));
        assertThat(TermMarks.gpaAfter(MARKS, LocalDate.of(2026, 10, 20))).hasValueSatisfying(
                gpa -> assertThat(gpa).isCloseTo(7.0 / 3, within(1e-9)));
    }

    @Test
    void aTermEndingOnTheDayOfTheFirstSessionDoesNotCount() {
        List<TermMarks> firstQuarter = List.of(marks(LocalDate.of(2026, 10, 19), 4, 1));

        assertThat(TermMarks.gpaAfter(firstQuarter, LocalDate.of(2026, 10, 19))).isEmpty();
        assertThat(TermMarks.gpaAfter(null, LocalDate.of(2026, 10, 1))).isEmpty();
    }
}
