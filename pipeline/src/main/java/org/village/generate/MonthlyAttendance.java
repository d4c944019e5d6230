package org.village.generate;

import java.time.YearMonth;

/** One row of a monthly attendance summary: a student's school days enrolled and present in a calendar month. */
record MonthlyAttendance(String studentId, String schoolId, YearMonth month, int daysEnrolled, int daysPresent) {

    int daysAbsent() {
        return daysEnrolled - daysPresent;
    }
}
