package org.village.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.village.kpi.KpiValue;
import org.village.quality.StoryFigures.Judgement;
import org.village.quality.StoryFigures.Reading;

/** Which figures behind a success story support it, and what the warning says of the others (issue 21). */
class StoryFiguresTest {

    private static KpiValue figure(String kpi, String value) {
        return estimate(kpi, value, null, null);
    }

    private static KpiValue estimate(String kpi, String value, String lower, String upper) {
        return new KpiValue("2026-10", "YEAR_TO_DATE", KpiValue.PARTNERSHIP, "P-001", KpiValue.ALL_STUDENTS, kpi,
                new BigDecimal(value), null, null, 40, false, null, lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper));
    }

    @Test
    void aCountOrShareAboveZeroSupportsTheStoryAndZeroIsLeftOffWithTheReason() {
        assertThat(StoryFigures.judge(figure(StoryFigures.STUDENTS_SERVED, "12")))
                .isEqualTo(new Judgement(Reading.SUPPORTS, null));
        assertThat(StoryFigures.judge(figure(StoryFigures.RETENTION, "0.333333")).reading())
                .isEqualTo(Reading.SUPPORTS);
        assertThat(StoryFigures.judge(figure(StoryFigures.RETENTION, "0"))).isEqualTo(new Judgement(
                Reading.UNDERCUTS, "students reaching the planned hours is 0%: none of those served has reached them "
                        + "yet, so the page leaves it off"));
        assertThat(StoryFigures.judge(figure(StoryFigures.VOLUNTEER_HOURS, "0.00"))).isEqualTo(new Judgement(
                Reading.UNDERCUTS, "volunteer hours this school year is 0, so the page leaves it off"));
        assertThat(StoryFigures.judge(figure(StoryFigures.STUDENTS_SERVED, "0")).reading())
                .isEqualTo(Reading.UNDERCUTS);
    }

    @Test
    void aFigureWithheldOrNeverComputedIsNotJudged() {
        KpiValue withheld = new KpiValue("2026-10", "YEAR_TO_DATE", KpiValue.PARTNERSHIP, "P-002",
                KpiValue.ALL_STUDENTS, StoryFigures.STUDENTS_SERVED, null, null, null, 3, true, "fewer than 10 students",
                null, null);

        assertThat(StoryFigures.judge(withheld)).isEqualTo(new Judgement(Reading.WITHHELD, null));
        assertThat(StoryFigures.judge(null)).isEqualTo(new Judgement(Reading.MISSING, null));
    }

    /** {@code MonthlyReportJobTest}'s effects by hand: 0.115 (0.0755 to 0.1545) and 0.025 (-0.0152 to 0.0652). */
    @Test
    void anEffectIsAGainOnlyWhereItsWholeIntervalLiesAboveZero() {
        assertThat(StoryFigures.judge(estimate(StoryFigures.ATTENDANCE_EFFECT, "0.115", "0.0755", "0.1545")))
                .isEqualTo(new Judgement(Reading.SUPPORTS, null));
        assertThat(StoryFigures.judge(estimate(StoryFigures.ATTENDANCE_EFFECT, "0.025", "-0.0152", "0.0652")))
                .isEqualTo(new Judgement(Reading.NO_CLEAR_CHANGE, "the estimated effect on attendance, +2.5 points "
                        + "(95% interval -1.5 to +6.5 points), could be zero, so the page says \"no clear change yet\" "
                        + "instead of showing a gain"));
        assertThat(StoryFigures.judge(estimate(StoryFigures.ATTENDANCE_EFFECT, "0.02", "0", "0.04")).reading())
                .isEqualTo(Reading.NO_CLEAR_CHANGE);
        assertThat(StoryFigures.judge(estimate(StoryFigures.ATTENDANCE_EFFECT, "-0.004", "-0.012", "0.004"))
                .reading()).isEqualTo(Reading.NO_CLEAR_CHANGE);
    }

    @Test
    void anEffectBelowZeroIsLeftOffAndOneWithoutAnIntervalIsNeverAGain() {
        assertThat(StoryFigures.judge(estimate(StoryFigures.ATTENDANCE_EFFECT, "-0.004", "-0.007", "-0.001")))
                .isEqualTo(new Judgement(Reading.UNDERCUTS, "the estimated effect on attendance, -0.4 points (95% "
                        + "interval -0.7 to -0.1 points), is below zero: participants' attendance rose less (or fell "
                        + "more) than similar students' since the baseline year, so the page leaves it off"));
        assertThat(StoryFigures.judge(figure(StoryFigures.ATTENDANCE_EFFECT, "0.02")).reading())
                .isEqualTo(Reading.NO_CLEAR_CHANGE);
        assertThat(StoryFigures.judge(figure(StoryFigures.ATTENDANCE_EFFECT, "-0.01")).reading())
                .isEqualTo(Reading.UNDERCUTS);
    }
}
