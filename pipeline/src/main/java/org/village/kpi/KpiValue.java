package org.village.kpi;

import java.math.BigDecimal;

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
}
