package org.village.generate;

/** How a school sends its attendance: a monthly summary per student, or a record per student per school day. */
sealed interface AttendanceLayout permits AttendanceSummaryLayout, DailyAttendanceLayout {

    /** A short name for the layout, used in the ground truth and the sample's README. */
    String style();

    FileFormat format();
}
