package org.village.generate;

import java.time.Month;

/**
 * How likely a student is to miss a given school day. Each student has a base rate, logit-normal around a district
 * median and shifted by the groups they belong to, so most students miss a few days and a long tail misses many: as in
 * many real districts, about a fifth of students end up chronically absent. On top of it, in percentage points: the
 * grade (kindergarten and the last high-school years miss most), the month (winter illness in December and February,
 * fresh starts in August and September), a slightly better current year, and a partnership's effect on its
 * participants.
 * <p>
 * Everything but the base rate is added, not multiplied, so a participant and a comparison student with different
 * base rates move by the same points from one year to the next unless a partnership moves one of them: a difference
 * in differences recovers the planted effect instead of a trend of students who miss more.
 */
final class AbsenceModel {

    private static final double MEDIAN_LOGIT = logit(0.033);
    /** Spread of students' base rates on the logit scale; sets how long the tail of frequent absentees is. */
    private static final double SPREAD = 0.85;
    /** Added in every year after the baseline: about half a point more attendance. */
    private static final double AFTER_BASELINE = -0.004;
    /** Seasonal and grade terms must not push the most absent students' daily probability to 1 or beyond. */
    private static final double CEILING = 0.9;
    /** Points added by grade, kindergarten first. */
    private static final double[] GRADE = {0.012, 0.006, 0.002, 0, -0.002, 0, 0.002, 0.006, 0.010, 0.014, 0.020,
        0.026, 0.036};

    private final SchoolYear baselineYear;

    AbsenceModel(SchoolYear baselineYear) {
        this.baselineYear = baselineYear;
    }

    /** {@code effectPoints} is a partnership's effect on the attendance rate, in points; 0 for everyone else. */
    double dailyProbability(Student student, Grade grade, SchoolYear year, Month month, double effectPoints) {
        double p = baseRate(student) + GRADE[grade.level()] + seasonal(month)
                + (year.equals(baselineYear) ? 0 : AFTER_BASELINE) - effectPoints / 100;
        return Math.max(0, Math.min(CEILING, p));
    }

    static double baseRate(Student student) {
        return logistic(MEDIAN_LOGIT + shift(student.subgroups()) + SPREAD * student.absenceTendency());
    }

    /** On the logit scale, after national patterns in chronic absence by group. */
    private static double shift(Subgroups groups) {
        double shift = switch (groups.raceEthnicity()) {
            case "Asian" -> -0.35;
            case "American Indian or Alaska Native" -> 0.45;
            case "Native Hawaiian or Other Pacific Islander" -> 0.35;
            case "Black or African American" -> 0.2;
            case "Hispanic or Latino", "Two or More Races" -> 0.1;
            default -> 0;
        };
        return shift + (groups.economicallyDisadvantaged() ? 0.35 : 0) + (groups.homeless() ? 0.7 : 0)
                + (groups.foster() ? 0.5 : 0) + (groups.disability() ? 0.3 : 0) + (groups.englishLearner() ? -0.1 : 0);
    }

    private static double seasonal(Month month) {
        return switch (month) {
            case AUGUST -> -0.010;
            case SEPTEMBER -> -0.006;
            case NOVEMBER, APRIL -> 0.002;
            case DECEMBER -> 0.014;
            case JANUARY -> 0.006;
            case FEBRUARY -> 0.012;
            case MAY -> 0.008;
            case JUNE -> 0.010;
            default -> 0;
        };
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
