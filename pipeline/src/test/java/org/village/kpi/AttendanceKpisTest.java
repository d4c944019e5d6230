package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Figures worked out by hand for a handful of students (school year to date, 10 enrolled days minimum):
 *
 * <pre>
 * s1 grade 3, F, Hispanic or Latino, EL   school A: 40 enrolled, 38 present (5% absent: at risk)
 * s2 grade 3, M, White                    school A: 40 enrolled, 40 present (satisfactory)
 * s3 grade 4, F, White, served by P-1     school A: 20 enrolled, 16 present; then school B: 20 enrolled, 17 present
 *                                          (moved: at A 20% absent, at B 15%; district 7 of 40 = 17.5%, moderate)
 * s4 grade 4, M, unknown race             school B: 8 enrolled, 4 present (under 10 days: not in chronic or bands)
 * s5 grade 3, F, Hispanic or Latino, P-1   school B: 40 enrolled, 30 present (25% absent: severe)
 * </pre>
 */
class AttendanceKpisTest {

    private static final KpiProperties DEFAULTS = new KpiProperties(7, new BigDecimal("0.10"), 10, 10, true, true,
            new BigDecimal("34.79"), "Independent Sector", null);

    private static StudentAttendance row(String student, String school, int enrolled, int present,
            StudentProfile profile) {
        return new StudentAttendance(student, school, BigDecimal.valueOf(enrolled), BigDecimal.valueOf(present),
                profile);
    }

    private static StudentProfile profile(String grade, String gender, String race, boolean englishLearner) {
        return new StudentProfile(grade, gender, race, englishLearner, false, null, null, null);
    }

    private static List<KpiValue> compute() {
        AttendanceKpis kpis = new AttendanceKpis("2026-10", Window.YEAR_TO_DATE, DEFAULTS,
                Map.of("s3", Set.of("P-1"), "s5", Set.of("P-1")));
        kpis.accept(row("s1", "A", 40, 38, profile("3", "F", "Hispanic or Latino", true)));
        kpis.accept(row("s2", "A", 40, 40, profile("3", "M", "White", false)));
        kpis.accept(row("s3", "A", 20, 16, profile("4", "F", "White", false)));
        kpis.accept(row("s3", "B", 20, 17, profile("4", "F", "White", false)));
        kpis.accept(row("s4", "B", 8, 4, profile("4", "M", null, false)));
        kpis.accept(row("s5", "B", 40, 30, profile("3", "F", "Hispanic or Latino", false)));
        return kpis.finish();
    }

    private static BigDecimal value(List<KpiValue> values, String scope, String scopeId, String subgroup, String kpi) {
        return values.stream().filter(v -> v.scope().equals(scope) && v.scopeId().equals(scopeId)
                && v.subgroup().equals(subgroup) && v.kpi().equals(kpi)).findFirst().orElseThrow().value();
    }

    private static int n(List<KpiValue> values, String scope, String scopeId, String subgroup, String kpi) {
        return values.stream().filter(v -> v.scope().equals(scope) && v.scopeId().equals(scopeId)
                && v.subgroup().equals(subgroup) && v.kpi().equals(kpi)).findFirst().orElseThrow().n();
    }

    @Test
    void countsAStudentWhoMovedAtEachSchoolAndOnceInTheDistrict() {
        List<KpiValue> values = compute();

        // District: (38 + 40 + 33 + 4 + 30) / (40 + 40 + 40 + 8 + 40) = 145 / 168.
        assertThat(value(values, "DISTRICT", "district", "all", "attendance_rate"))
                .isEqualByComparingTo(new BigDecimal("145").divide(new BigDecimal("168"), AttendanceKpisTestMath.MC));
        assertThat(n(values, "DISTRICT", "district", "all", "students_enrolled")).isEqualTo(5);
        // School A: (38 + 40 + 16) / 100; school B: (17 + 4 + 30) / 68.
        assertThat(value(values, "SCHOOL", "A", "all", "attendance_rate")).isEqualByComparingTo("0.94");
        assertThat(value(values, "SCHOOL", "B", "all", "attendance_rate"))
                .isEqualByComparingTo(new BigDecimal("51").divide(new BigDecimal("68"), AttendanceKpisTestMath.MC));
    }

    @Test
    void leavesStudentsUnderTheMinimumDaysOutOfChronicAbsenceAndBands() {
        List<KpiValue> values = compute();

        // Eligible in the district: s1, s2, s3 (40 days), s5. Chronic: s3 (17.5%) and s5 (25%).
        assertThat(n(values, "DISTRICT", "district", "all", "chronic_absenteeism")).isEqualTo(4);
        assertThat(value(values, "DISTRICT", "district", "all", "chronic_absenteeism")).isEqualByComparingTo("0.5");
        assertThat(value(values, "DISTRICT", "district", "all", "band_satisfactory")).isEqualByComparingTo("0.25");
        assertThat(value(values, "DISTRICT", "district", "all", "band_at_risk")).isEqualByComparingTo("0.25");
        assertThat(value(values, "DISTRICT", "district", "all", "band_moderate_chronic")).isEqualByComparingTo("0.25");
        assertThat(value(values, "DISTRICT", "district", "all", "band_severe_chronic")).isEqualByComparingTo("0.25");
        // At school A, s3 missed 4 of 20: 20%, severe there.
        assertThat(value(values, "SCHOOL", "A", "all", "band_severe_chronic"))
                .isEqualByComparingTo(new BigDecimal("1").divide(new BigDecimal("3"), AttendanceKpisTestMath.MC));
    }

    @Test
    void breaksEveryFigureDownBySubgroup() {
        List<KpiValue> values = compute();

        // Hispanic or Latino: s1 and s5, (38 + 30) / 80.
        assertThat(value(values, "DISTRICT", "district", "race:Hispanic or Latino", "attendance_rate"))
                .isEqualByComparingTo("0.85");
        // Grade 4: s3 and s4, (33 + 4) / 48; only s3 is eligible, and chronic.
        assertThat(value(values, "DISTRICT", "district", "grade:4", "attendance_rate"))
                .isEqualByComparingTo(new BigDecimal("37").divide(new BigDecimal("48"), AttendanceKpisTestMath.MC));
        assertThat(value(values, "DISTRICT", "district", "grade:4", "chronic_absenteeism")).isEqualByComparingTo("1");
        assertThat(n(values, "DISTRICT", "district", "english_learner", "students_enrolled")).isEqualTo(1);
        assertThat(values).noneMatch(v -> v.subgroup().startsWith("race:") && v.subgroup().contains("null"));
    }

    @Test
    void givesEachPartnershipItsParticipantsFigures() {
        List<KpiValue> values = compute();

        // P-1 served s3 and s5: (33 + 30) / 80.
        assertThat(value(values, "PARTNERSHIP", "P-1", "all", "attendance_rate")).isEqualByComparingTo("0.7875");
        assertThat(n(values, "PARTNERSHIP", "P-1", "all", "students_enrolled")).isEqualTo(2);
    }

    @Test
    void averageDailyAttendanceIsDaysPresentOverSchoolDays() {
        List<KpiValue> values = compute();

        // School A had 40 school days (the most any student was enrolled): (38 + 40 + 16) / 40 = 2.35 students a day.
        assertThat(value(values, "SCHOOL", "A", "all", "average_daily_attendance")).isEqualByComparingTo("2.35");
    }
}
