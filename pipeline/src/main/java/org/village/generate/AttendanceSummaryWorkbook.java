package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One school's monthly attendance summary, laid out the way that school's system exports it. */
final class AttendanceSummaryWorkbook {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private AttendanceSummaryWorkbook() {
    }

    static void write(Path file, School school, YearMonth month, List<MonthlyAttendance> rows, LocalDate exported)
            throws IOException {
        AttendanceExportLayout layout = school.attendanceExport();
        try (XlsxSheetWriter out = XlsxSheetWriter.create(file, layout.sheetName(), exported)) {
            if (layout.hasTitle()) {
                out.row().text(layout.title());
                out.skipRow();
            }
            XlsxSheetWriter.Cells header = out.row();
            layout.headers().forEach(header::text);
            for (MonthlyAttendance row : rows) {
                XlsxSheetWriter.Cells cells = out.row().text(row.studentId()).text(row.schoolId());
                date(cells, layout, month.atDay(1));
                date(cells, layout, month.atEndOfMonth());
                cells.number(row.daysEnrolled());
                cells.number(layout.dayCount() == AttendanceExportLayout.DayCount.PRESENT
                        ? row.daysPresent() : row.daysAbsent());
            }
            if (layout.trailingBlankRows()) {
                // Real exports end with one or two empty rows; alternating by month gives ingest both.
                for (int i = 0; i <= month.getMonthValue() % 2; i++) {
                    out.row().blank(layout.headers().size());
                }
            }
        }
    }

    private static void date(XlsxSheetWriter.Cells cells, AttendanceExportLayout layout, LocalDate date) {
        switch (layout.dates()) {
            case EXCEL_DATE -> cells.date(date);
            case ISO_TEXT -> cells.text(date.toString());
            case US_TEXT -> cells.text(US_DATE.format(date));
        }
    }
}
