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

    /**
     * One student's days in a window, classified once: the student is added to a cell for every scope and subgroup
     * they belong to, two dozen a student, and the comparisons are the same each time. {@code band} is -1 for a
     * student enrolled fewer than the minimum days.
     */
    record Student(BigDecimal enrolled, BigDecimal present, boolean chronic, int band) {

        static Student of(BigDecimal enrolled, BigDecimal present, int minimumEnrolledDays,
                BigDecimal chronicThreshold) {
            if (enrolled.compareTo(BigDecimal.valueOf(minimumEnrolledDays)) < 0) {
                return new Student(enrolled, present, false, -1);
            }
            BigDecimal absent = enrolled.subtract(present);
            boolean chronic = absent.compareTo(chronicThreshold.multiply(enrolled)) >= 0;
            int band;
            if (absent.compareTo(AT_RISK.multiply(enrolled)) < 0) {
                band = 0;
            }
            else if (!chronic) {
                band = 1;
            }
            else if (absent.compareTo(SEVERE.multiply(enrolled)) < 0) {
                band = 2;
            }
            else {
                band = 3;
            }
            return new Student(enrolled, present, chronic, band);
        }
    }

    void add(Student student) {
        students++;
        enrolled = enrolled.add(student.enrolled());
        present = present.add(student.present());
        if (student.enrolled().compareTo(schoolDays) > 0) {
            schoolDays = student.enrolled();
        }
        if (student.band() < 0) {
            return;
        }
        eligible++;
        if (student.chronic()) {
            chronic++;
        }
        bands[student.band()]++;
    }
}
