package org.village.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One stored figure: a KPI for a month, a window (the month or the school year to date), a scope and a subgroup.
 * {@code n} is the number of students behind it; {@code lowerBound} and {@code upperBound} bound an estimate's 95%
 * interval where there is one. A suppressed figure has no value, numerator, denominator or bounds.
 */
public record KpiValue(String reportMonth, String periodKind, String scope, String scopeId, String subgroup,
        String kpi, BigDecimal value, BigDecimal numerator, BigDecimal denominator, int n, boolean suppressed,
        String suppressionReason, BigDecimal lowerBound, BigDecimal upperBound) {

    public static final String DISTRICT = "DISTRICT";
    public static final String SCHOOL = "SCHOOL";
    public static final String PARTNERSHIP = "PARTNERSHIP";
    public static final String DISTRICT_ID = "district";
    public static final String ALL_STUDENTS = "all";

    public static final String ATTENDANCE_RATE = "attendance_rate";
    public static final String CHRONIC_ABSENTEEISM = "chronic_absenteeism";
    public static final String STUDENTS_ENROLLED = "students_enrolled";
    public static final String STUDENTS_ON_ROSTER = "students_on_roster";

    /**
     * Whether a suppressed figure was withheld to protect another, smaller group (complementary suppression), rather
     * than for resting on too few students itself: such a figure may rest on hundreds.
     */
    public boolean withheldForAnother() {
        return suppressed && suppressionReason != null && !SmallGroupSuppression.isPrimary(suppressionReason);
    }

    /**
     * The subgroup of a partnership's participants at one school ({@link SchoolsOfRecord}): its figures there, for the
     * school's own dashboard.
     */
    public static String atSchool(String schoolId) {
        return "school:" + schoolId;
    }

    /** The precision every figure is divided to; stored to six decimals. */
    static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /** A figure's value: the numerator alone when there is no denominator, nothing when it is zero. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null) {
            return numerator;
        }
        return denominator.signum() == 0 ? null : numerator.divide(denominator, PRECISION);
    }
}
