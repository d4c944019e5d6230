package org.village.quality;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the plausibility checks draw their lines.
 *
 * @param minimumStudents fewest students a school's month or a daily attendance sheet must have before its
 *     attendance is judged: a handful of students all present is no sign of a misread file
 * @param attendanceRateHigh a school's attendance rate for the month at or above this is a warning (1.0: 100%)
 * @param attendanceRateLow a school's attendance rate for the month below this is a warning
 * @param gpaLowest a student's term GPA below this is off the grade scale
 * @param gpaHighest a student's term GPA above this is off the grade scale (raise it for a weighted scale)
 */
@ConfigurationProperties("village.plausibility")
public record PlausibilityProperties(
        @DefaultValue("20") int minimumStudents,
        @DefaultValue("1.0") BigDecimal attendanceRateHigh,
        @DefaultValue("0.5") BigDecimal attendanceRateLow,
        @DefaultValue("0") BigDecimal gpaLowest,
        @DefaultValue("4.0") BigDecimal gpaHighest) {
}
