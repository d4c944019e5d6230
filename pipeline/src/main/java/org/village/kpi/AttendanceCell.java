package org.village.kpi;

import java.math.BigDecimal;

/**
 * Running sums for one scope and subgroup: students, days, the chronic-absence count and the attendance bands
 * (satisfactory under 5% absent, at risk 5–10%, moderate chronic 10–20%, severe chronic 20% and over; Attendance
 * Works). Bands and chronic absence count only students enrolled at least the minimum days.
 */
final class AttendanceCell {

    static final BigDecimal AT_RISK = new BigDecimal("0.05");
    static final BigDecimal SEVERE = new BigDecimal("0.20");

    int students;
    BigDecimal enrolled = BigDecimal.ZERO;
    BigDecimal present = BigDecimal.ZERO;
    int eligible;
    int chronic;
    final int[] bands = new int[4];
    BigDecimal schoolDays = BigDecimal.ZERO;

    void add(BigDecimal studentEnrolled, BigDecimal studentPresent, int minimumEnrolledDays,
            BigDecimal chronicThreshold) {
        students++;
        enrolled = enrolled.add(studentEnrolled);
        present = present.add(studentPresent);
        if (studentEnrolled.compareTo(schoolDays) > 0) {
            schoolDays = studentEnrolled;
        }
        if (studentEnrolled.compareTo(BigDecimal.valueOf(minimumEnrolledDays)) < 0) {
            return;
        }
        eligible++;
        BigDecimal absent = studentEnrolled.subtract(studentPresent);
        if (absent.compareTo(chronicThreshold.multiply(studentEnrolled)) >= 0) {
            chronic++;
        }
        if (absent.compareTo(AT_RISK.multiply(studentEnrolled)) < 0) {
            bands[0]++;
        }
        else if (absent.compareTo(chronicThreshold.multiply(studentEnrolled)) < 0) {
            bands[1]++;
        }
        else if (absent.compareTo(SEVERE.multiply(studentEnrolled)) < 0) {
            bands[2]++;
        }
        else {
            bands[3]++;
        }
    }
}
