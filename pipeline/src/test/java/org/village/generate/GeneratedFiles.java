package org.village.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads a generator run's files back with POI's in-memory model, which is fine for files this small. */
final class GeneratedFiles {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.US);

    /** One data row of an attendance summary, whatever the school's layout; {@code file} is relative to the run. */
    record AttendanceRow(Path file, int excelRow, String studentId, String schoolId, YearMonth month,
            int daysEnrolled, int daysPresent) {
    }

    /** One roster row, as text. */
    record RosterRow(String studentId, String schoolId, String grade) {
    }

    private GeneratedFiles() {
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workbook open(Path file) {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty cell of every sheet as "sheet!A1=value", with the cell's type, for comparing two runs. */
    static List<String> cells(Path file) {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell.getCellType() + ":"
                                + FORMATTER.formatCellValue(cell));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    static List<RosterRow> roster(Path file) {
        List<RosterRow> rows = new ArrayList<>();
        try (Workbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("Roster");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(new RosterRow(text(row.getCell(0)), text(row.getCell(1)), text(row.getCell(2))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Every attendance row under {@code dir}. The header is the first row with six filled cells; data run to the
     * first row without a student id; a "Days Absent" column is turned into days present.
     */
    static List<AttendanceRow> attendance(Path dir) {
        List<AttendanceRow> rows = new ArrayList<>();
        for (Path relative : list(dir)) {
            if (relative.startsWith("attendance")) {
                rows.addAll(attendanceIn(dir, relative));
            }
        }
        return rows;
    }

    private static List<AttendanceRow> attendanceIn(Path dir, Path relative) {
        YearMonth month = YearMonth.parse(relative.getParent().getFileName().toString());
        List<AttendanceRow> rows = new ArrayList<>();
        try (Workbook workbook = open(dir.resolve(relative))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = 0;
            while (sheet.getRow(header) == null || sheet.getRow(header).getPhysicalNumberOfCells() != 6) {
                header++;
            }
            boolean absent = text(sheet.getRow(header).getCell(5)).equals("Days Absent");
            for (int r = header + 1; sheet.getRow(r) != null && !text(sheet.getRow(r).getCell(0)).isBlank(); r++) {
                Row row = sheet.getRow(r);
                int enrolled = (int) row.getCell(4).getNumericCellValue();
                int fifth = (int) row.getCell(5).getNumericCellValue();
                rows.add(new AttendanceRow(relative, r + 1, row.getCell(0).getStringCellValue(),
                        row.getCell(1).getStringCellValue(), month, enrolled, absent ? enrolled - fifth : fifth));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
