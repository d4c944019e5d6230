package org.village.generate;

import static org.village.generate.AttendanceSummaryLayout.DayCount.ABSENT;
import static org.village.generate.AttendanceSummaryLayout.DayCount.PRESENT;
import static org.village.generate.DayStatus.EXCUSED_ABSENCE;
import static org.village.generate.DayStatus.TARDY;
import static org.village.generate.DayStatus.UNEXCUSED_ABSENCE;
import static org.village.generate.MarksLayout.Column.ATTEMPTED_CREDITS;
import static org.village.generate.MarksLayout.Column.COURSE_NAME;
import static org.village.generate.MarksLayout.Column.COURSE_NUMBER;
import static org.village.generate.MarksLayout.Column.EARNED_CREDITS;
import static org.village.generate.MarksLayout.Column.GRADE_POINTS;
import static org.village.generate.MarksLayout.Column.LETTER;
import static org.village.generate.MarksLayout.Column.PERCENT;
import static org.village.generate.MarksLayout.Column.SCHOOL_ID;
import static org.village.generate.MarksLayout.Column.SCHOOL_YEAR;
import static org.village.generate.MarksLayout.Column.SCHOOL_YEAR_LONG;
import static org.village.generate.MarksLayout.Column.STUDENT_ID;
import static org.village.generate.MarksLayout.Column.TERM;
import static org.village.generate.MarksLayout.Column.TERM_END;
import static org.village.generate.MarksLayout.Column.TERM_WITH_YEAR;

import java.util.List;
import java.util.Map;

/**
 * The export layouts of the student information systems the district's schools run (header names after
 * PowerSchool, Infinite Campus, Skyward, Genesis and Ed-Fi; see shared/external-data/sis-export-headers). Schools
 * take them in turn, so every layout appears once a district has as many schools as there are layouts.
 */
final class ExportStyles {

    static final List<AttendanceSummaryLayout> SUMMARIES = List.of(
            new AttendanceSummaryLayout("summary-A", FileFormat.XLSX, "Attendance", false,
                    List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"),
                    DateStyle.EXCEL_DATE, PRESENT, false),
            new AttendanceSummaryLayout("summary-B", FileFormat.XLSX, "Sheet1", false,
                    List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Attended"),
                    DateStyle.ISO, PRESENT, false),
            new AttendanceSummaryLayout("summary-C", FileFormat.XLSX, "Export", false,
                    List.of("Student_Number", "School_Number", "From", "To", "Membership Days", "Days Absent"),
                    DateStyle.US, ABSENT, false),
            new AttendanceSummaryLayout("summary-D", FileFormat.XLSX, "Monthly Summary", true,
                    List.of("Local ID", "School Code", "Period Start", "Period End", "Days Enrolled", "Days Present"),
                    DateStyle.EXCEL_DATE, PRESENT, true),
            new AttendanceSummaryLayout("summary-E", FileFormat.csv(CsvDialect.WINDOWS_1252_SEMICOLON), null, false,
                    List.of("Student Number", "Student Name", "School Number", "Period Begin", "Period End",
                            "Days In Membership", "Days Absent"),
                    DateStyle.US_SHORT, ABSENT, true),
            new AttendanceSummaryLayout("summary-F", FileFormat.csv(CsvDialect.UTF8_BOM_CRLF), null, false,
                    List.of("Student ID", "Building ID", "Begin Date", "End Date", "Enrolled Days", "Present Days"),
                    DateStyle.US_PADDED, PRESENT, false));

    private static final List<DailyAttendanceLayout.Column> DAILY_COLUMNS = List.of(
            DailyAttendanceLayout.Column.STUDENT_ID, DailyAttendanceLayout.Column.SCHOOL_ID,
            DailyAttendanceLayout.Column.DATE, DailyAttendanceLayout.Column.CODE);
    private static final List<DailyAttendanceLayout.Column> SCHOOL_FIRST_DAILY_COLUMNS = List.of(
            DailyAttendanceLayout.Column.SCHOOL_ID, DailyAttendanceLayout.Column.STUDENT_ID,
            DailyAttendanceLayout.Column.DATE, DailyAttendanceLayout.Column.CODE,
            DailyAttendanceLayout.Column.MINUTES_PRESENT);

    static final List<DailyAttendanceLayout> DAILY = List.of(
            new DailyAttendanceLayout("daily-PS", FileFormat.XLSX, "Attendance",
                    DAILY_COLUMNS,
                    List.of("Student_Number", "SchoolID", "Att_Date", "Attendance_Code"), DateStyle.EXCEL_DATE,
                    Map.of(DayStatus.PRESENT, List.of("P"), TARDY, List.of("T", "TE"),
                            EXCUSED_ABSENCE, List.of("AE"), UNEXCUSED_ABSENCE, List.of("AU", "A"))),
            new DailyAttendanceLayout("daily-EDFI", FileFormat.csv(CsvDialect.UTF8_LF), null,
                    DAILY_COLUMNS,
                    List.of("StudentUniqueId", "SchoolId", "EventDate", "AttendanceEventCategoryDescriptor"),
                    DateStyle.ISO,
                    Map.of(DayStatus.PRESENT, List.of("In Attendance"), TARDY, List.of("Tardy"),
                            EXCUSED_ABSENCE, List.of("Excused Absence"), UNEXCUSED_ABSENCE,
                            List.of("Unexcused Absence"))),
            new DailyAttendanceLayout("daily-GENESIS", FileFormat.csv(CsvDialect.UTF8_CRLF), null,
                    SCHOOL_FIRST_DAILY_COLUMNS,
                    List.of("School #", "Student #", "Date", "Attendance Status", "Minutes Present"), DateStyle.US,
                    Map.of(DayStatus.PRESENT, List.of("Present"), TARDY, List.of("Tardy"),
                            EXCUSED_ABSENCE, List.of("Absent Excused"), UNEXCUSED_ABSENCE,
                            List.of("Absent Unexcused"))));

    static final List<MarksLayout> MARKS = List.of(
            new MarksLayout("marks-PS", FileFormat.XLSX, "StoredGrades",
                    List.of(STUDENT_ID, SCHOOL_ID, TERM_END, TERM, COURSE_NUMBER, COURSE_NAME, LETTER, PERCENT,
                            EARNED_CREDITS, ATTEMPTED_CREDITS),
                    List.of("Student_Number", "SchoolID", "DateStored", "StoreCode", "Course_Number", "Course_Name",
                            "Grade", "Percent", "EarnedCrHrs", "PotentialCrHrs")),
            new MarksLayout("marks-IC", FileFormat.XLSX, "Transcript",
                    List.of(STUDENT_ID, SCHOOL_ID, SCHOOL_YEAR, TERM, COURSE_NUMBER, COURSE_NAME, LETTER,
                            ATTEMPTED_CREDITS),
                    List.of("Student ID", "School ID", "School Year", "Term", "Course Number", "Course Name", "Score",
                            "Credits Attempted")),
            new MarksLayout("marks-POINTS", FileFormat.csv(CsvDialect.UTF8_LF), null,
                    List.of(STUDENT_ID, SCHOOL_ID, SCHOOL_YEAR_LONG, TERM, COURSE_NUMBER, COURSE_NAME, GRADE_POINTS,
                            ATTEMPTED_CREDITS),
                    List.of("Local ID", "School Code", "School Year", "Term", "Course", "Course Title", "GPA Points",
                            "Credits")),
            new MarksLayout("marks-PERCENT", FileFormat.XLSX, "Marks",
                    List.of(STUDENT_ID, SCHOOL_ID, TERM_WITH_YEAR, COURSE_NUMBER, COURSE_NAME, PERCENT,
                            ATTEMPTED_CREDITS),
                    List.of("Student Number", "School Number", "Marking Period", "Course Code", "Course Description",
                            "Percent", "Credit")));

    private ExportStyles() {
    }
}
