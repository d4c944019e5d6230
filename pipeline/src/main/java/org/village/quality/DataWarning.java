package org.village.quality;

/**
 * Something a run loaded or computed that is probably wrong, in a sentence for the data manager: what it is about
 * (a school, partnership or file, never a student), what was seen and what to check.
 */
public record DataWarning(Check check, String subject, String message) {

    /** The kinds of warning, each described as the data guide describes it. */
    public enum Check {
        ALL_PRESENT_SHEET("A sheet of daily attendance in which every student is present (or tardy) on every day "
                + "of the month: a status column probably read as the wrong thing."),
        SCHOOL_ATTENDANCE_HIGH("A school whose attendance rate for the month is 100% "
                + "(`village.plausibility.attendance-rate-high`)."),
        SCHOOL_ATTENDANCE_LOW("A school whose attendance rate for the month is below 50% "
                + "(`village.plausibility.attendance-rate-low`)."),
        GPA_OFF_SCALE("Students whose GPA for a term lies outside the grade scale, 0 to 4.0 "
                + "(`village.plausibility.gpa-lowest`, `village.plausibility.gpa-highest`)."),
        SESSIONS_WITHOUT_HOURS("A partnership with sessions this school year but no hours in any of them, so its "
                + "dosage and retention would read 0."),
        ATTENDANCE_STOPPED("A school that sent attendance for the month before but none for this month, while "
                + "other schools did."),
        ATTENDANCE_WITHOUT_FIGURE("Attendance loaded for the month that gives no attendance figure."),
        MARKS_WITHOUT_GPA("Course marks of the school year, of terms ended by the month's end (or whose end is "
                + "not known), that give no GPA."),
        MARKS_WITHOUT_SCHOOL_YEAR("Course marks in use with no school year, which count toward no GPA (loaded "
                + "before Village placed or rejected such marks)."),
        PARTICIPATION_WITHOUT_FIGURE("Sessions of a partnership this school year that give it no students "
                + "served."),
        STORY_NOT_SUPPORTED("A figure behind a partnership's published success story that does not support it: "
                + "none served, no volunteer hours or no student reaching the planned hours (left off the page), an "
                + "estimated effect on attendance below zero (left off) or whose 95% interval includes zero (worded "
                + "\"no clear change yet\"). For the communications office, before the story goes out.");

        private final String guide;

        Check(String guide) {
            this.guide = guide;
        }

        /** What the check looks for, as the data guide says it. */
        public String guide() {
            return guide;
        }
    }
}
