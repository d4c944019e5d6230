package org.village.kpi;

import java.math.BigDecimal;

/** One student's days at one school over a window, with the student's subgroups. */
record StudentAttendance(String studentId, String schoolId, BigDecimal enrolled, BigDecimal present,
        StudentProfile profile) {
}
