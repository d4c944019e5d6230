package org.village.kpi;

import java.math.BigDecimal;

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
 * @param volunteerHourValue dollars an hour of volunteer time is worth in the ROI
 * @param volunteerHourSource where that value comes from and its year, printed with every figure that uses it
 */
@ConfigurationProperties("village.kpi")
public record KpiProperties(
        @DefaultValue("7") int schoolYearStartMonth,
        @DefaultValue("0.10") BigDecimal chronicAbsenceThreshold,
        @DefaultValue("10") int minimumEnrolledDays,
        @DefaultValue("10") int minimumGroupSize,
        @DefaultValue("true") boolean tardyCountsAsPresent,
        @DefaultValue("34.79") BigDecimal volunteerHourValue,
        @DefaultValue("Independent Sector, national value of volunteer time for 2024") String volunteerHourSource) {
}
