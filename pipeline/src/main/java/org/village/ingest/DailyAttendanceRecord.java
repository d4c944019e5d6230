package org.village.ingest;

import java.time.LocalDate;

/** A student on a school day; {@code status} is one letter of {@link AttendanceCodes.Status}. */
record DailyAttendanceRecord(long sourceId, int sourceRow, String studentId, String schoolId,
        LocalDate attendanceDate, String status, Integer minutes) {
}
