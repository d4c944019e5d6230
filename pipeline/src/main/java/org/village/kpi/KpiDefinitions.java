package org.village.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each stored KPI means, in the words the exports and reports print. */
public final class KpiDefinitions {

    private static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put(KpiValue.STUDENTS_ENROLLED, "Students enrolled at least one day in the period.");
        DEFINITIONS.put(KpiValue.STUDENTS_ON_ROSTER, "Students on a school's roster in the month (their latest roster "
                + "row that began by the month's end, unless they left before it began), whatever attendance came.");
        DEFINITIONS.put(KpiValue.ATTENDANCE_RATE,
                "Days present / days enrolled, summed over students. Tardy counts as present and a day of suspension "
                        + "as a day missed, unless configured. A summary counts in the month its period ends and "
                        + "the rest of that school year to date; one whose period spans more than one calendar month "
                        + "(e.g. September to June) counts only toward the year to date, which is then labelled with "
                        + "the period it covers, never as one month's figure.");
        DEFINITIONS.put(AttendanceKpis.AVERAGE_DAILY_ATTENDANCE,
                "Days present / school days in the period: students present on an average day.");
        DEFINITIONS.put(KpiValue.CHRONIC_ABSENTEEISM, "Share of students enrolled at least 10 days who missed 10% "
                + "or more of their enrolled days (ESSA / Attendance Works).");
        DEFINITIONS.put("band_satisfactory", "Share of students enrolled at least 10 days who missed under 5%.");
        DEFINITIONS.put("band_at_risk", "Share who missed 5% to under 10%.");
        DEFINITIONS.put("band_moderate_chronic", "Share who missed 10% to under 20%.");
        DEFINITIONS.put("band_severe_chronic", "Share who missed 20% or more.");
        DEFINITIONS.put(GpaKpis.GPA, "Mean over students of each student's credit-weighted grade points (4.0 scale) "
                + "over the terms that ended in the month, or in the school year to date; courses excluded from GPA "
                + "or with no credits are left out.");
        DEFINITIONS.put(GpaKpis.GPA_BELOW_2, "Share of students whose GPA is below 2.0.");
        DEFINITIONS.put(ParticipationKpiTasklet.STUDENTS_SERVED, "Students who took part at least once.");
        DEFINITIONS.put(ParticipationKpiTasklet.PARTICIPATION_RATE,
                "Students served / students enrolled at the schools the partnership serves.");
        DEFINITIONS.put(ParticipationKpiTasklet.DOSAGE_HOURS, "Hours of service per student served.");
        DEFINITIONS.put(ParticipationKpiTasklet.DOSAGE_SESSIONS, "Sessions per student served.");
        DEFINITIONS.put(ParticipationKpiTasklet.RETENTION,
                "Share of students served who reached the partnership's minimum dosage (hours).");
        DEFINITIONS.put(ParticipationKpiTasklet.VOLUNTEER_HOURS, "Hours volunteers gave.");
        DEFINITIONS.put(EffectKpiTasklet.CHANGE_PARTICIPANTS,
                "Participants' mean change in attendance rate from the baseline period to now.");
        DEFINITIONS.put(EffectKpiTasklet.CHANGE_COMPARISON, "The same for comparison students: same schools and "
                + "grades, not served.");
        DEFINITIONS.put(EffectKpiTasklet.EFFECT, "Difference in differences: participants' change minus comparison "
                + "students' change, with its 95% interval. An estimated association, not proof of cause.");
        DEFINITIONS.put(EffectKpiTasklet.EFFECT_AT_DOSAGE, "The attendance effect for the participants who reached "
                + "the partnership's minimum dosage (hours) this school year, against all comparison students.");
        DEFINITIONS.put(EffectKpiTasklet.EFFECT_BELOW_DOSAGE,
                "The same for the participants below the minimum dosage.");
        DEFINITIONS.put(EffectKpiTasklet.GPA_CHANGE_PARTICIPANTS, "Participants' mean change in GPA from the "
                + "baseline school year to the terms of this one that ended after their first session.");
        DEFINITIONS.put(EffectKpiTasklet.GPA_CHANGE_COMPARISON, "The same for comparison students.");
        DEFINITIONS.put(EffectKpiTasklet.GPA_EFFECT, "Difference in differences on GPA, with its 95% interval. An "
                + "estimated association, not proof of cause.");
        DEFINITIONS.put(RoiKpiTasklet.INVESTMENT_CASH, "Cash and grants given, school year to date.");
        DEFINITIONS.put(RoiKpiTasklet.INVESTMENT_IN_KIND, "In-kind gifts at their reported value.");
        DEFINITIONS.put(RoiKpiTasklet.INVESTMENT_VOLUNTEER_TIME, "Volunteer hours × the value of an hour.");
        DEFINITIONS.put(RoiKpiTasklet.INVESTMENT_TOTAL, "Cash + in-kind + volunteer time.");
        DEFINITIONS.put(RoiKpiTasklet.COST_PER_STUDENT_SERVED, "Investment / students served.");
        DEFINITIONS.put(RoiKpiTasklet.COST_PER_DAY_GAINED, "Investment / estimated attendance days gained (effect × "
                + "participants' days enrolled); only where the effect's interval lies above zero.");
    }

    private KpiDefinitions() {
    }

    public static Map<String, String> inOrder() {
        return new LinkedHashMap<>(DEFINITIONS);
    }
}
