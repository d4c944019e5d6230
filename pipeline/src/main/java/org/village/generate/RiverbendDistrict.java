package org.village.generate;

import static org.village.generate.AttendanceExportLayout.DateCells.EXCEL_DATE;
import static org.village.generate.AttendanceExportLayout.DateCells.ISO_TEXT;
import static org.village.generate.AttendanceExportLayout.DateCells.US_TEXT;
import static org.village.generate.AttendanceExportLayout.DayCount.ABSENT;
import static org.village.generate.AttendanceExportLayout.DayCount.PRESENT;

import java.util.List;

/**
 * Riverbend Unified School District, which exists only here: its school years and its four schools, each with the
 * attendance layout its system exports. The layouts differ on purpose, because real districts' schools do, and
 * ingest has to recognise all of them.
 */
final class RiverbendDistrict {

    static final SchoolYear BASELINE_YEAR = new SchoolYear(2025);
    static final SchoolYear CURRENT_YEAR = new SchoolYear(2026);

    static final List<School> SCHOOLS = List.of(
            new School("0101", "Alder Creek Elementary", School.Level.ELEMENTARY, 250,
                    new AttendanceExportLayout("Attendance", null,
                            List.of("Student ID", "School ID", "Period Start", "Period End",
                                    "Days Enrolled", "Days Present"),
                            EXCEL_DATE, PRESENT, false)),
            new School("0102", "École José Martí Elementary", School.Level.ELEMENTARY, 250,
                    new AttendanceExportLayout("Sheet1", null,
                            List.of("StudentID", "SchoolID", "Start Date", "End Date",
                                    "Days Membership", "Days Attended"),
                            ISO_TEXT, PRESENT, false)),
            new School("0201", "Nguyễn Trãi Middle School", School.Level.MIDDLE, 220,
                    new AttendanceExportLayout("Export", null,
                            List.of("Student_Number", "School_Number", "From", "To",
                                    "Membership Days", "Days Absent"),
                            US_TEXT, ABSENT, false)),
            new School("0301", "Riverbend High School", School.Level.HIGH, 300,
                    new AttendanceExportLayout("Monthly Summary",
                            "Riverbend High School — Monthly attendance summary",
                            List.of("Local ID", "School Code", "Period Start", "Period End",
                                    "Days Enrolled", "Days Present"),
                            EXCEL_DATE, PRESENT, true)));

    private RiverbendDistrict() {
    }
}
