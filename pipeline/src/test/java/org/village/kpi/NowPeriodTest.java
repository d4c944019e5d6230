package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NowPeriodTest {

    private static final LocalDate SEPT_14 = LocalDate.of(2026, 9, 14);
    private static final LocalDate SEPT_21 = LocalDate.of(2026, 9, 21);
    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    private static StudentProfile grade(String grade) {
        return new StudentProfile(grade, null, null, null, null, null, null, null);
    }

    @Test
    void aParticipantsPeriodStartsTheDayAfterTheirFirstSessionAndTheComparisonsAfterTheMedianOne() {
        // p1 first came on 14 September, p2 on 21 September, p3 on 5 October: the median first session is
        // 21 September. Each student has a day present on 14, 15, 21, 22 September and 6 October, and a day absent
        // on 5 October.
        NowPeriod now = new NowPeriod(Map.of("p1", SEPT_14, "p2", SEPT_21, "p3", OCT_5),
                Set.of("p1", "p2", "p3", "other-partnerships-student"));
        for (String student : List.of("p1", "p2", "p3", "c1", "other-partnerships-student")) {
            for (LocalDate day : List.of(SEPT_14, SEPT_14.plusDays(1), SEPT_21, SEPT_21.plusDays(1),
                    OCT_5.plusDays(1))) {
                now.accept(student, day, 1, 1);
            }
            now.accept(student, OCT_5, 1, 0);
        }

        assertThat(now.comparisonAfter()).isEqualTo(SEPT_21);
        // p1: 15, 21, 22 Sept, 5 (absent) and 6 Oct: 4 of 5. p2: 22 Sept, 5 and 6 Oct: 2 of 3. p3: 6 Oct: 1 of 1.
        assertThat(now.participants()).containsOnlyKeys("p1", "p2", "p3");
        assertThat(now.participants().get("p1").enrolled).isEqualTo(5);
        assertThat(now.participants().get("p1").present).isEqualTo(4);
        assertThat(now.participants().get("p2").rate()).isEqualTo(2.0 / 3);
        assertThat(now.participants().get("p3").enrolled).isEqualTo(1);
        // c1 from 22 September: 22 Sept, 5 and 6 Oct; the student another partnership serves is nobody's comparison.
        Map<String, NowPeriod.Days> comparison = now.comparison(Set.of("3"), Map.of("c1", grade("3")));
        assertThat(comparison).containsOnlyKeys("c1");
        assertThat(comparison.get("c1").enrolled).isEqualTo(3);
        assertThat(comparison.get("c1").present).isEqualTo(2);
    }

    @Test
    void aMonthOfDailyAttendanceCountsOnlyItsDaysAfterTheStudentsStart() {
        // October 1-10 enrolled, present on 1-8, tardy on 9, absent on 10. p1 first came on 5 October: 6-10 count,
        // present on 6, 7 and 8, tardy on 9. c1's period starts after the median first session, 5 October too.
        AttendanceMonths.Month october = new AttendanceMonths.Month(YearMonth.of(2026, 10), 0b11_1111_1111,
                0b00_1111_1111, 0b01_0000_0000);
        NowPeriod tardyPresent = new NowPeriod(Map.of("p1", OCT_5), Set.of("p1"));
        tardyPresent.accept("p1", october, true);
        tardyPresent.accept("c1", october, true);
        NowPeriod tardyAbsent = new NowPeriod(Map.of("p1", OCT_5), Set.of("p1"));
        tardyAbsent.accept("p1", october, false);

        assertThat(tardyPresent.participants().get("p1").enrolled).isEqualTo(5);
        assertThat(tardyPresent.participants().get("p1").present).isEqualTo(4);
        assertThat(tardyAbsent.participants().get("p1").present).isEqualTo(3);
        assertThat(tardyPresent.comparison(Set.of("3"), Map.of("c1", grade("3"))).get("c1").enrolled).isEqualTo(5);
    }

    @Test
    void comparisonStudentsComeOnlyFromTheParticipantsGrades() {
        NowPeriod now = new NowPeriod(Map.of("p1", SEPT_14), Set.of("p1"));
        now.accept("c3", OCT_5, 1, 1);
        now.accept("c4", OCT_5, 1, 1);
        now.accept("unknown", OCT_5, 1, 1);

        assertThat(now.comparison(Set.of("3"), Map.of("c3", grade("3"), "c4", grade("4")))).containsOnlyKeys("c3");
    }

    @Test
    void theMedianIsTheLowerMiddleFirstSessionSoItIsAlwaysAParticipantsOwn() {
        assertThat(NowPeriod.median(List.of(OCT_5, SEPT_14))).isEqualTo(SEPT_14);
        assertThat(NowPeriod.median(List.of(OCT_5, SEPT_21, SEPT_14))).isEqualTo(SEPT_21);
    }
}
