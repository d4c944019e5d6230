package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.village.generate.AttendanceSummaryLayout.Column;
import org.village.generate.PlantedDefects.Kind;

/**
 * One school's monthly attendance summary, laid out the way that school's system exports it: a row per student
 * enrolled at least one day of the month, with the calendar month as the period, in student number order.
 */
final class AttendanceSummaryFile {

    private AttendanceSummaryFile() {
    }

    static void write(Path root, String relative, School school, YearMonth month, List<StudentMonth> students,
            Optional<Kind> defect, GroundTruth truth) throws IOException {
        AttendanceSummaryLayout layout = (AttendanceSummaryLayout) school.attendance();
        List<Row> rows = new ArrayList<>(students.size() + 1);
        for (StudentMonth s : students) {
            rows.add(new Row(s.enrollment().student().id(), s.enrollment().student().lastFirst(), s.daysEnrolled(),
                    layout.dayCount() == AttendanceSummaryLayout.DayCount.PRESENT ? s.daysPresent() : s.daysAbsent(),
                    null, null));
        }
        defect.ifPresent(kind -> plant(kind, rows, layout));
        try (TableFile file = layout.format().create(root.resolve(relative), month.plusMonths(1).atDay(1))) {
            SheetRows out = file.sheet(layout.sheetName());
            if (layout.titled()) {
                out.row().text(school.name() + " — Monthly attendance summary");
                out.skipRow();
            }
            Cells header = out.row();
            layout.headers().forEach(header::text);
            for (Row row : rows) {
                Cells cells = out.row().text(row.studentId());
                if (layout.hasName()) {
                    cells.text(row.name());
                }
                cells.text(school.id())
                        .date(month.atDay(1), layout.dates())
                        .date(month.atEndOfMonth(), layout.dates())
                        .number(row.enrolled())
                        .number(row.dayCount());
                if (row.problem() != null) {
                    truth.plant(new PlantedRow(relative, layout.sheetName(), out.lastRowNumber(),
                            layout.header(row.column()), row.column() == Column.STUDENT_ID ? row.studentId()
                                    : Integer.toString(row.dayCount()), row.problem()));
                }
            }
            if (layout.trailingBlankRows()) {
                // Real exports end with one or two empty rows; alternating by month gives ingest both.
                for (int i = 0; i <= month.getMonthValue() % 2; i++) {
                    out.row().blank(layout.headers().size());
                }
            }
        }
    }

    private static void plant(Kind kind, List<Row> rows, AttendanceSummaryLayout layout) {
        int at = kind.position(rows.size());
        Row row = rows.get(at);
        switch (kind) {
            case OVER_PRESENT -> rows.set(at, new Row(row.studentId(), row.name(), row.enrolled(),
                    row.enrolled() + 2, Column.DAY_COUNT, "days present (" + (row.enrolled() + 2)
                            + ") are more than days enrolled (" + row.enrolled() + ")"));
            case OVER_ABSENT -> rows.set(at, new Row(row.studentId(), row.name(), row.enrolled(),
                    row.enrolled() + 3, Column.DAY_COUNT, "days absent (" + (row.enrolled() + 3)
                            + ") are more than days enrolled (" + row.enrolled() + ")"));
            case UNKNOWN_STUDENT -> rows.add(at, new Row(PlantedDefects.UNKNOWN_STUDENT_ID, "Doe, Jane",
                    row.enrolled(), layout.dayCount() == AttendanceSummaryLayout.DayCount.PRESENT
                            ? row.enrolled() - 1 : 1,
                    Column.STUDENT_ID, "student id " + PlantedDefects.UNKNOWN_STUDENT_ID
                            + " matches no student on any roster"));
            default -> throw new IllegalArgumentException(kind + " is not a summary's defect");
        }
    }

    /** {@code column} and {@code problem} are set on a planted row only. */
    private record Row(String studentId, String name, int enrolled, int dayCount, Column column, String problem) {
    }
}
