package org.village.generate;

import java.time.Month;

/**
 * How likely a student is to miss a given school day. Each student's own rate is logit-normal around a median for
 * the level of school (older students miss more), so most students miss a few days and a long tail misses many: as
 * in many real districts, about a fifth of students end up chronically absent. Winter illness raises December and
 * February; every year after the baseline is a little better, which is the movement the dashboards are built to show.
 */
final class AbsenceModel {

    /** Spread of students' rates on the logit scale; sets how long the tail of frequent absentees is. */
    private static final double SPREAD = 0.8;
    /** Multiplies absence after the baseline year: about half a point more attendance. */
    private static final double AFTER_BASELINE = 0.92;
    /** Seasonal factors must not push the most absent students' daily probability to 1 or beyond. */
    private static final double CEILING = 0.9;

    private final SchoolYear baselineYear;

    AbsenceModel(SchoolYear baselineYear) {
        this.baselineYear = baselineYear;
    }

    double dailyProbability(Student student, School.Level level, SchoolYear year, Month month) {
        double rate = logistic(medianLogit(level) + SPREAD * student.absenceTendency());
        double yearFactor = year.equals(baselineYear) ? 1.0 : AFTER_BASELINE;
        return Math.min(CEILING, rate * seasonal(month) * yearFactor);
    }

    private static double medianLogit(School.Level level) {
        return switch (level) {
            case ELEMENTARY -> logit(0.042);
            case MIDDLE -> logit(0.050);
            case HIGH -> logit(0.060);
        };
    }

    /** Fresh starts in late summer, illness in winter, fatigue at the end of the year. */
    private static double seasonal(Month month) {
        return switch (month) {
            case AUGUST -> 0.85;
            case SEPTEMBER -> 0.9;
            case DECEMBER -> 1.2;
            case JANUARY -> 1.05;
            case FEBRUARY -> 1.15;
            case MAY, JUNE -> 1.1;
            default -> 1.0;
        };
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
