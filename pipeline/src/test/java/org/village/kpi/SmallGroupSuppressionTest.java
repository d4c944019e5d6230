package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallGroupSuppressionTest {

    /** Grades 2 and 3 in schools a, b and c and the district; a's grade 2 has 5 students. */
    private static final List<KpiValue> GRADES_IN_THREE_SCHOOLS = List.of(
            subgroup("DISTRICT", "district", "all", 100), subgroup("DISTRICT", "district", "grade:2", 40),
            subgroup("DISTRICT", "district", "grade:3", 60),
            subgroup("SCHOOL", "a", "all", 50), subgroup("SCHOOL", "a", "grade:2", 5),
            subgroup("SCHOOL", "a", "grade:3", 45),
            subgroup("SCHOOL", "b", "all", 30), subgroup("SCHOOL", "b", "grade:2", 15),
            subgroup("SCHOOL", "b", "grade:3", 15),
            subgroup("SCHOOL", "c", "all", 20), subgroup("SCHOOL", "c", "grade:2", 20));

    private final SmallGroupSuppression suppression = new SmallGroupSuppression(10);

    private static KpiValue rate(String scope, String scopeId, int n) {
        return subgroup(scope, scopeId, "all", n);
    }

    private static KpiValue subgroup(String scope, String scopeId, String subgroup, int n) {
        return new KpiValue("2026-10", "MONTH", scope, scopeId, subgroup, "attendance_rate", new BigDecimal("0.95"),
                null, null, n, false, null, null, null);
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

    /** No partnership served anyone: 0 students is a true zero, printed as 0, not a small group. */
    @Test
    void leavesATrueZeroPrintable() {
        KpiValue noneServed = new KpiValue("2026-10", "YEAR_TO_DATE", "DISTRICT", "district", "all",
                "students_served", BigDecimal.ZERO, BigDecimal.ZERO, null, 0, false, null, null, null);
        KpiValue oneServed = new KpiValue("2026-10", "YEAR_TO_DATE", "PARTNERSHIP", "P-001", "all",
                "students_served", BigDecimal.ONE, BigDecimal.ONE, null, 1, false, null, null, null);

        assertThat(suppression.primary(noneServed)).isFalse();
        assertThat(suppressedIds(suppression.decide(List.of(noneServed, oneServed)))).containsExactly("P-001");
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
                BigDecimal.ONE, null, null, 50, false, null, null, null);

        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 60), rate("SCHOOL", "a", 5),
                rate("SCHOOL", "b", 55), ytd));

        assertThat(suppressedIds(decisions)).containsExactly("a", "b");
    }

    private static List<String> suppressedSubgroups(List<SmallGroupSuppression.Decision> decisions) {
        return decisions.stream().map(d -> d.value().scopeId() + "/" + d.value().subgroup()).toList();
    }

    @Test
    void protectsASmallRaceGroupFromBeingWorkedOutFromTheSchoolTotal() {
        var decisions = suppression.decide(List.of(subgroup("SCHOOL", "a", "all", 60),
                subgroup("SCHOOL", "a", "race:Asian", 4), subgroup("SCHOOL", "a", "race:White", 30),
                subgroup("SCHOOL", "a", "race:Hispanic or Latino", 26)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/race:Asian", "a/race:Hispanic or Latino");
    }

    @Test
    void leavesAProgrammeFlagAloneWhenOnlyItsComplementIsUnreported() {
        var decisions = suppression.decide(List.of(subgroup("SCHOOL", "a", "all", 60),
                subgroup("SCHOOL", "a", "english_learner", 7)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/english_learner");
    }

    @Test
    void followsASuppressionIntoTheFamilyItExposes() {
        // a's grade 2 (5 students) is hidden; so is a's grade 3, or it would give grade 2 away from a's total.
        // Across schools, grade 2 now has one hidden member: b's grade 2 goes. Grade 3 likewise: b's grade 3 goes,
        // a suppression that exists only because of an earlier one.
        var decisions = suppression.decide(GRADES_IN_THREE_SCHOOLS);

        assertThat(suppressedSubgroups(decisions)).containsExactlyInAnyOrder("a/grade:2", "a/grade:3", "b/grade:2",
                "b/grade:3");
    }

    @Test
    void decidesTheSameWhateverOrderTheFiguresComeIn() {
        // Each step writes its figures in its own order; which sibling protects which must not depend on it.
        List<KpiValue> figures = GRADES_IN_THREE_SCHOOLS;
        List<String> expected = suppressedSubgroups(suppression.decide(figures));

        for (int shift = 1; shift < figures.size(); shift++) {
            List<KpiValue> rotated = new ArrayList<>(figures);
            Collections.rotate(rotated, shift);
            assertThat(suppressedSubgroups(suppression.decide(rotated))).as("rotated by %d", shift)
                    .isEqualTo(expected);
            Collections.reverse(rotated);
            assertThat(suppressedSubgroups(suppression.decide(rotated))).as("rotated by %d, reversed", shift)
                    .isEqualTo(expected);
        }
    }

    private static KpiValue figure(String scope, String scopeId, String kpi, int n) {
        return new KpiValue("2026-10", "YEAR_TO_DATE", scope, scopeId, "all", kpi, BigDecimal.ONE, null, null, n,
                false, null, null, null);
    }

    private static List<String> suppressedKpis(List<SmallGroupSuppression.Decision> decisions) {
        return decisions.stream().map(d -> d.value().scopeId() + "/" + d.value().kpi()).toList();
    }

    @Test
    void withholdsAThirdSiblingWhenTwoSmallOnesTogetherStillMakeASmallGroup() {
        // 308 students, 150 + 154 printed: without a third cell the 3 Asian and 1 Black students would be 308 - 304
        // = 4 students whose rate a reader could work out. White (150) is the smaller printed sibling.
        var decisions = suppression.decide(List.of(subgroup("SCHOOL", "a", "all", 308),
                subgroup("SCHOOL", "a", "race:Asian", 3), subgroup("SCHOOL", "a", "race:Black", 1),
                subgroup("SCHOOL", "a", "race:White", 150), subgroup("SCHOOL", "a", "race:Hispanic or Latino", 154)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/race:Asian", "a/race:Black", "a/race:White");
    }

    @Test
    void withholdsMoreSchoolsUntilTheHiddenOnesHoldTheMinimum() {
        // 4 + 5 = 9 students together: c (31) goes too, leaving 40 - 0 = 40 hidden. 4 + 6 = 10 would have been enough.
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 40), rate("SCHOOL", "a", 4),
                rate("SCHOOL", "b", 5), rate("SCHOOL", "c", 31)));

        assertThat(suppressedIds(decisions)).containsExactly("a", "b", "c");
    }

    @Test
    void withholdsAFlagWhoseStudentsWithoutItAreASmallGroup() {
        // 60 students, 55 economically disadvantaged: the other 5 are the total minus the flag.
        var decisions = suppression.decide(List.of(subgroup("SCHOOL", "a", "all", 60),
                subgroup("SCHOOL", "a", "economically_disadvantaged", 55),
                subgroup("SCHOOL", "a", "english_learner", 50)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/economically_disadvantaged");
    }

    @Test
    void withholdsADimensionWhoseValuesLeaveOutASmallGroup() {
        // 50 students, 25 + 20 with a grade: the 5 with no grade on the roster would be 50 - 45. Withholding grade 2
        // alone would leave it to be worked out from the total, so grade 1 goes as well.
        var decisions = suppression.decide(List.of(subgroup("SCHOOL", "a", "all", 50),
                subgroup("SCHOOL", "a", "grade:1", 25), subgroup("SCHOOL", "a", "grade:2", 20)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/grade:2", "a/grade:1");
    }

    @Test
    void withholdsSchoolsWhenTheDistrictGivesAwayStudentsCountedAtTwo() {
        // 52 + 51 = 103 at the schools, 100 in the district: 3 students were at both, and the district minus the
        // schools says so.
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 100), rate("SCHOOL", "a", 52),
                rate("SCHOOL", "b", 51)));

        assertThat(suppressedIds(decisions)).containsExactly("b", "a");
    }

    @Test
    void withholdsAMemberOfAFamilyWhoseWithheldTotalTheMembersWouldAddUpTo() {
        // a (5) is protected by b (45); b's grades would add up to b's 45 and give a away: b's grade 1 goes too.
        var decisions = suppression.decide(List.of(subgroup("DISTRICT", "district", "all", 100),
                subgroup("SCHOOL", "a", "all", 5), subgroup("SCHOOL", "b", "all", 45),
                subgroup("SCHOOL", "b", "grade:1", 20), subgroup("SCHOOL", "b", "grade:2", 25),
                subgroup("SCHOOL", "c", "all", 50)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("a/all", "b/all", "b/grade:1");
    }

    @Test
    void withholdsWhatWouldGiveAWithheldCountOfStudentsServedAway() {
        // P-2 served 4 students this month, 46 this year; last month's 42 were printed, so this year's 46 goes, and
        // with it the cost per student, which would give the 46 back from the investment, printed as money always is.
        KpiValue month = new KpiValue("2026-10", "MONTH", "PARTNERSHIP", "P-2", "all", "students_served",
                BigDecimal.valueOf(4), null, null, 4, false, null, null, null);
        var decisions = suppression.decide(List.of(month, figure("PARTNERSHIP", "P-2", "students_served", 46),
                figure("PARTNERSHIP", "P-2", "cost_per_student_served", 46),
                figure("PARTNERSHIP", "P-2", "investment_total", 0),
                figure("PARTNERSHIP", "P-3", "students_served", 50)),
                Set.of(SmallGroupSuppression.cell("PARTNERSHIP", "P-2", "all", "students_served"),
                        SmallGroupSuppression.cell("PARTNERSHIP", "P-3", "all", "students_served")));

        assertThat(decisions).extracting(d -> d.value().periodKind() + "/" + d.value().kpi() + "/" + d.reason())
                .containsExactly("MONTH/students_served/fewer than 10 students",
                        "YEAR_TO_DATE/students_served/" + SmallGroupSuppression.ACROSS_MONTHS,
                        "YEAR_TO_DATE/cost_per_student_served/" + SmallGroupSuppression.COMPLEMENTARY);
    }

    /** A group of no students is a true zero, printed as such ({@link #leavesATrueZeroPrintable}): nothing to hide. */
    @Test
    void needsNoProtectionForAGroupOfNoStudents() {
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 40), rate("SCHOOL", "a", 0),
                rate("SCHOOL", "b", 40)));

        assertThat(suppressedIds(decisions)).isEmpty();
    }

    @Test
    void countsAPrintedZeroAsNoProtection() {
        // b (4) is withheld; a prints as no students, so b would be the total minus c: c goes too.
        var decisions = suppression.decide(List.of(rate("DISTRICT", "district", 50), rate("SCHOOL", "a", 0),
                rate("SCHOOL", "b", 4), rate("SCHOOL", "c", 46)));

        assertThat(suppressedIds(decisions)).containsExactly("b", "c");
    }

    private static KpiValue served(String scopeId, String subgroup, int n) {
        return new KpiValue("2026-10", "YEAR_TO_DATE", "PARTNERSHIP", scopeId, subgroup, "students_served",
                BigDecimal.valueOf(n), BigDecimal.valueOf(n), null, n, false, null, null, null);
    }

    @Test
    void protectsAPartnershipsParticipantsAtOneSchoolWithinItsStudentsServed() {
        // P-1 served 20: 4 at school a, 3 at b, 13 at c, none at d. With c printed, 20 - 13 would give a and b's 7
        // together; d's true zero prints, and protects nothing.
        var decisions = suppression.decide(List.of(served("P-1", "all", 20), served("P-1", "school:a", 4),
                served("P-1", "school:b", 3), served("P-1", "school:c", 13), served("P-1", "school:d", 0)));

        assertThat(suppressedSubgroups(decisions)).containsExactly("P-1/school:a", "P-1/school:b", "P-1/school:c");
    }

    @Test
    void leavesPartnershipsWhoseStudentsOverlapPrintedBesideTheDistrictsStudentsServed() {
        // 12 + 30 + 40 = 82 served, 79 in the district: 3 students took part in two, which names no group of its own.
        var decisions = suppression.decide(List.of(figure("DISTRICT", "district", "students_served", 79),
                figure("PARTNERSHIP", "P-1", "students_served", 12), figure("PARTNERSHIP", "P-2", "students_served", 30),
                figure("PARTNERSHIP", "P-3", "students_served", 40)));

        assertThat(decisions).isEmpty();
    }

    @Test
    void neverWithholdsMoney() {
        // P-1's 4 students are withheld with what would give them back; what it cost is no student's figure.
        var decisions = suppression.decide(List.of(figure("PARTNERSHIP", "P-1", "students_served", 4),
                figure("PARTNERSHIP", "P-1", "cost_per_student_served", 4),
                figure("PARTNERSHIP", "P-1", "investment_total", 0),
                figure("PARTNERSHIP", "P-1", "investment_volunteer_time", 0),
                figure("PARTNERSHIP", "P-1", "volunteer_hours", 3)));

        assertThat(suppressedKpis(decisions)).containsExactlyInAnyOrder("P-1/students_served",
                "P-1/cost_per_student_served");
    }

    private static KpiValue window(String window, String scopeId, int n, boolean suppressed) {
        return new KpiValue("2026-10", window, "district".equals(scopeId) ? "DISTRICT" : "SCHOOL", scopeId, "all", "attendance_rate",
                suppressed ? null : new BigDecimal("0.95"), null, null, n, suppressed,
                suppressed ? "fewer than 10 students" : null, null, null);
    }

    @Test
    void withholdsTheYearToDateOfAMonthWithheldWhereLastMonthsWasPrinted() {
        // School a: 30 students since September, 6 of them in October. September's year to date was printed, so
        // October's year to date minus September's would be the 6 students' October.
        var month = window("MONTH", "a", 6, true);
        var yearToDate = window("YEAR_TO_DATE", "a", 30, false);
        var decisions = suppression.decide(List.of(month, yearToDate),
                Set.of(SmallGroupSuppression.cell("SCHOOL", "a", "all", "attendance_rate")));

        assertThat(decisions).extracting(d -> d.value().periodKind() + "/" + d.reason()).containsExactly(
                "MONTH/fewer than 10 students", "YEAR_TO_DATE/" + SmallGroupSuppression.ACROSS_MONTHS);
        assertThat(suppression.decide(List.of(month, yearToDate))).hasSize(1);
    }

    @Test
    void followsAWithholdingAcrossMonthsIntoTheFamilyItExposes() {
        // a's month is withheld, so a's year to date goes; the district's year to date would give it back from b's.
        var decisions = suppression.decide(List.of(window("MONTH", "a", 6, true), window("YEAR_TO_DATE", "a", 30,
                false), window("YEAR_TO_DATE", "district", 70, false), window("YEAR_TO_DATE", "b", 40, false)),
                Set.of(SmallGroupSuppression.cell("SCHOOL", "a", "all", "attendance_rate")));

        assertThat(suppressedIds(decisions)).containsExactly("a", "a", "b");
    }
}
