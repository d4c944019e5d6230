package org.village.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.village.kpi.KpiValue;

/**
 * Whether a figure behind a partnership's success story supports the story (issue 21). A public page that says
 * "0.0% reaching the planned hours", or shows participants' attendance gaining less than similar students', argues
 * against the story it tells, and an effect whose 95% interval includes zero is no gain yet, however its bars look.
 * The story's page prints what supports it, words an effect whose interval includes zero as "no clear change yet"
 * and leaves off what undercuts it; the plausibility step warns the communications office of each figure qualified
 * or left off. Both read this one rule, so the page and the warning never disagree.
 */
public final class StoryFigures {

    public static final String STUDENTS_SERVED = "students_served";
    public static final String VOLUNTEER_HOURS = "volunteer_hours";
    public static final String RETENTION = "retention";
    public static final String ATTENDANCE_EFFECT = "attendance_effect";

    /** The story's figures, all for the school year to date, in the order its page prints them. */
    public static final List<String> FIGURES = List.of(STUDENTS_SERVED, VOLUNTEER_HOURS, RETENTION,
            ATTENDANCE_EFFECT);

    public enum Reading {
        /** Printed as it is: a count or share above zero, an effect whose whole interval lies above zero. */
        SUPPORTS,
        /** An effect whose interval includes zero (or that has none): printed as "no clear change yet". */
        NO_CLEAR_CHANGE,
        /** Left off the page: a count or share of zero, an effect below zero. */
        UNDERCUTS,
        /** Withheld for a small group: printed as the suppression marker, as on every report, and not judged. */
        WITHHELD,
        /** Not computed (no baseline, no planned hours): nothing to print. */
        MISSING
    }

    /** A reading and, where the story's page qualifies the figure or leaves it off, why, for the warning. */
    public record Judgement(Reading reading, String why) {
    }

    private StoryFigures() {
    }

    /** How one of the story's {@link #FIGURES} reads; {@code value} may be null (not computed). */
    public static Judgement judge(KpiValue value) {
        if (value == null || (!value.suppressed() && value.value() == null)) {
            return new Judgement(Reading.MISSING, null);
        }
        if (value.suppressed()) {
            return new Judgement(Reading.WITHHELD, null);
        }
        return ATTENDANCE_EFFECT.equals(value.kpi()) ? effect(value) : countOrShare(value);
    }

    private static Judgement countOrShare(KpiValue value) {
        if (value.value().signum() > 0) {
            return new Judgement(Reading.SUPPORTS, null);
        }
        String why = switch (value.kpi()) {
            case STUDENTS_SERVED -> "students served this school year is 0";
            case VOLUNTEER_HOURS -> "volunteer hours this school year is 0";
            case RETENTION -> "students reaching the planned hours is 0%: none of those served has reached them yet";
            default -> value.kpi() + " is " + value.value().stripTrailingZeros().toPlainString();
        };
        return new Judgement(Reading.UNDERCUTS, why + ", so the page leaves it off");
    }

    private static Judgement effect(KpiValue value) {
        BigDecimal lower = value.lowerBound();
        BigDecimal upper = value.upperBound();
        String estimate = "the estimated effect on attendance, " + points(value.value());
        if (lower == null || upper == null) {
            return value.value().signum() > 0
                    ? new Judgement(Reading.NO_CLEAR_CHANGE, estimate + ", has no 95% interval, so the page says "
                            + "\"no clear change yet\" instead of showing a gain")
                    : new Judgement(Reading.UNDERCUTS, estimate + ", is not above zero, so the page leaves it off");
        }
        String interval = " (95% interval " + signed(lower) + " to " + points(upper) + ")";
        if (lower.signum() > 0) {
            return new Judgement(Reading.SUPPORTS, null);
        }
        if (upper.signum() < 0) {
            return new Judgement(Reading.UNDERCUTS, estimate + interval + ", is below zero: participants' attendance "
                    + "rose less (or fell more) than similar students' since the baseline year, so the page leaves "
                    + "it off");
        }
        return new Judgement(Reading.NO_CLEAR_CHANGE, estimate + interval + ", could be zero, so the page says "
                + "\"no clear change yet\" instead of showing a gain");
    }

    /** A rate's change in percentage points with its sign: 0.0123 → "+1.2 points". */
    private static String points(BigDecimal fraction) {
        return signed(fraction) + " points";
    }

    /** The number of percentage points alone: 0.0123 → "+1.2". */
    private static String signed(BigDecimal fraction) {
        BigDecimal points = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (points.signum() > 0 ? "+" : points.signum() < 0 ? "-" : "") + points.abs().toPlainString();
    }
}
