package org.village.kpi;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The definitions' parameters, defaulting to the product brief (ESSA / Attendance Works).
 *
 * @param schoolYearStartMonth month (1–12) in which the school year starts; July by default
 * @param chronicAbsenceThreshold share of enrolled days missed that makes a student chronically absent
 * @param minimumEnrolledDays days a student must be enrolled to count toward chronic absenteeism
 * @param minimumGroupSize smallest number of students a printed figure may rest on
 * @param tardyCountsAsPresent whether a tardy day counts as a day present (the brief's default)
 * @param suspensionCountsAsAbsence whether a day of out-of-school suspension counts as a day enrolled and missed
 *     (ESSA reporting in most states); if not, it is left out of the days enrolled
 * @param volunteerHourValue dollars an hour of volunteer time is worth in the ROI
 * @param volunteerHourSource where that value comes from and its year, printed with every figure that uses it (in
 *     every report language: a name and a year need no translating)
 * @param termEnds each term's last day as MM-DD, by term label: GPA counts a term's marks from the month it ends.
 *     A mark stored with its day (PowerSchool's DateStored) uses that day instead. Unset, the usual US quarters,
 *     semesters and trimesters, each at the end of the month it ends in.
 */
@ConfigurationProperties("village.kpi")
public record KpiProperties(
        @DefaultValue("7") int schoolYearStartMonth,
        @DefaultValue("0.10") BigDecimal chronicAbsenceThreshold,
        @DefaultValue("10") int minimumEnrolledDays,
        @DefaultValue("10") int minimumGroupSize,
        @DefaultValue("true") boolean tardyCountsAsPresent,
        @DefaultValue("true") boolean suspensionCountsAsAbsence,
        @DefaultValue("34.79") BigDecimal volunteerHourValue,
        @DefaultValue("Independent Sector 2024") String volunteerHourSource,
        Map<String, String> termEnds) {

    private static final Map<String, String> US_TERMS = Map.of("Q1", "10-31", "Q2", "01-31", "Q3", "03-31",
            "Q4", "06-30", "S1", "01-31", "S2", "06-30", "T1", "11-30", "T2", "03-31", "T3", "06-30");

    public KpiProperties {
        termEnds = termEnds == null || termEnds.isEmpty() ? US_TERMS : Map.copyOf(termEnds);
    }
}
