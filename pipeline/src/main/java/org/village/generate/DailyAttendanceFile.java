package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.village.generate.DailyAttendanceLayout.Column;
import org.village.generate.PlantedDefects.Kind;

/**
 * One school's daily attendance for a month, laid out the way that school's system exports it: a row per student per
 * school day enrolled, present days included, by student number and then date. Written as the days are played out,
 * one student at a time, so a school of any size costs the same memory.
 */
final class DailyAttendanceFile {

    /** A full school day; a late arrival loses a few minutes to an hour of it. */
    private static final int SCHOOL_DAY_MINUTES = 390;

    private DailyAttendanceFile() {
    }

    /** Returns the rows written. */
    static long write(Path root, String relative, School school, YearMonth month, List<StudentMonth> students,
            Optional<Kind> defect, GroundTruth truth) throws IOException {
        DailyAttendanceLayout layout = (DailyAttendanceLayout) school.attendance();
        int dataRows = students.stream().mapToInt(StudentMonth::daysEnrolled).sum();
        int plantAt = defect.map(kind -> kind.position(dataRows)).orElse(-1);
        long written = 0;
        try (TableFile file = layout.format().create(root.resolve(relative), month.plusMonths(1).atDay(1))) {
            SheetRows out = file.sheet(layout.sheetName());
            Cells header = out.row();
            layout.headers().forEach(header::text);
            for (StudentMonth student : students) {
                String id = student.enrollment().student().id();
                for (int d = 0; d < student.daysEnrolled(); d++) {
                    LocalDate day = student.days().get(d);
                    DayStatus status = student.statuses()[d];
                    double detail = student.detail()[d];
                    if (written == plantAt && defect.get() == Kind.UNKNOWN_DAILY_STUDENT) {
                        row(out, layout, PlantedDefects.UNKNOWN_STUDENT_ID, school, day,
                                layout.code(DayStatus.PRESENT, 0), SCHOOL_DAY_MINUTES);
                        truth.plant(new PlantedRow(relative, layout.sheetName(), out.lastRowNumber(),
                                layout.header(Column.STUDENT_ID), PlantedDefects.UNKNOWN_STUDENT_ID,
                                "student id " + PlantedDefects.UNKNOWN_STUDENT_ID
                                        + " matches no student on any roster"));
                    }
                    String code = layout.code(status, detail);
                    if (written == plantAt && defect.get() == Kind.UNKNOWN_CODE) {
                        code = DailyAttendanceLayout.UNKNOWN_CODE;
                        truth.plant(new PlantedRow(relative, layout.sheetName(), out.lastRowNumber() + 1,
                                layout.header(Column.CODE), code, "attendance code " + code
                                        + " is not one the school's system uses (the student was "
                                        + status.description() + " that day)"));
                    }
                    row(out, layout, id, school, day, code, minutes(status, detail));
                    written++;
                }
            }
        }
        return written + (plantAt >= 0 && defect.get() == Kind.UNKNOWN_DAILY_STUDENT ? 1 : 0);
    }

    private static void row(SheetRows out, DailyAttendanceLayout layout, String studentId, School school,
            LocalDate day, String code, int minutes) {
        Cells cells = out.row();
        for (Column column : layout.columns()) {
            switch (column) {
                case STUDENT_ID -> cells.text(studentId);
                case SCHOOL_ID -> cells.text(school.id());
                case DATE -> cells.date(day, layout.dates());
                case CODE -> cells.text(code);
                case MINUTES_PRESENT -> cells.number(minutes);
            }
        }
    }

    private static int minutes(DayStatus status, double detail) {
        return switch (status) {
            case PRESENT -> SCHOOL_DAY_MINUTES;
            case TARDY -> SCHOOL_DAY_MINUTES - 5 - (int) (detail * 55);
            case EXCUSED_ABSENCE, UNEXCUSED_ABSENCE -> 0;
        };
    }
}
