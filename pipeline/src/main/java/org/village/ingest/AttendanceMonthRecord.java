package org.village.ingest;

import java.time.LocalDate;

/** One layer of a student's month at a school from one sheet: see {@link AttendanceMonthSums}. */
record AttendanceMonthRecord(long sourceId, LocalDate monthStart, String studentId, String schoolId, int layer,
        int daysEnrolled, int daysPresent, int daysTardy, int daysSuspended, int enrolledDays, int presentDays,
        int tardyDays, int suspendedDays) {
}
