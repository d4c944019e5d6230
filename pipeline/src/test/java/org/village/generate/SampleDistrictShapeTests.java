package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.generate.GeneratedFiles.AttendanceRow;
import org.village.generate.GeneratedFiles.RosterRow;

/** The files as ingest will meet them; the layouts are written out here so a change to them fails loudly. */
class SampleDistrictShapeTests {

    @TempDir
    static Path dir;

    static GenerationSummary summary;
    static List<AttendanceRow> attendance;

    @BeforeAll
    static void generate() throws IOException {
        summary = new SampleDistrictGenerator(20261, YearMonth.of(2026, 10)).writeTo(dir);
        attendance = GeneratedFiles.attendance(dir);
    }

    @Test
    void schoolsAreListedWithTheirIdsAsText() throws IOException {
        try (Workbook workbook = GeneratedFiles.open(dir.resolve("schools.xlsx"))) {
            Sheet sheet = workbook.getSheet("Schools");
            assertThat(texts(sheet.getRow(0))).containsExactly("School ID", "School Name", "Level");
            List<List<String>> schools = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                schools.add(texts(sheet.getRow(r)));
            }
            assertThat(schools).containsExactly(
                    List.of("0101", "Alder Creek Elementary", "ELEMENTARY"),
                    List.of("0102", "École José Martí Elementary", "ELEMENTARY"),
                    List.of("0201", "Nguyễn Trãi Middle School", "MIDDLE"),
                    List.of("0301", "Riverbend High School", "HIGH"));
        }
    }

    @Test
    void rostersCarrySisHeadersTextIdsWithLeadingZerosRealDatesAndNames() throws IOException {
        for (String file : List.of("roster-2025-26.xlsx", "roster-2026-27.xlsx")) {
            try (Workbook workbook = GeneratedFiles.open(dir.resolve(file))) {
                Sheet sheet = workbook.getSheet("Roster");
                assertThat(texts(sheet.getRow(0))).containsExactly(
                        "Student_Number", "SchoolID", "Grade_Level", "EntryDate", "ExitDate", "LastFirst", "Gender");
                assertThat(sheet.getLastRowNum()).isBetween(950, 1150);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(row.getCell(0).getStringCellValue()).matches("0\\d{5}");
                    assertThat(row.getCell(2).getStringCellValue()).matches("K|[1-9]|1[0-2]");
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                    Cell exit = row.getCell(4);
                    assertThat(exit.getCellType() == CellType.BLANK || DateUtil.isCellDateFormatted(exit)).isTrue();
                    assertThat(row.getCell(5).getStringCellValue()).contains(", ");
                    assertThat(row.getCell(6).getStringCellValue()).isIn("M", "F", "X");
                }
            }
        }
    }

    @Test
    void someStudentsArriveOrLeaveDuringTheYear() throws IOException {
        LocalDate firstDay = LocalDate.of(2025, 8, 13);
        int arrivals = 0;
        int leavers = 0;
        try (Workbook workbook = GeneratedFiles.open(dir.resolve("roster-2025-26.xlsx"))) {
            Sheet sheet = workbook.getSheet("Roster");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                arrivals += row.getCell(3).getLocalDateTimeCellValue().toLocalDate().isAfter(firstDay) ? 1 : 0;
                leavers += row.getCell(4).getCellType() == CellType.BLANK ? 0 : 1;
            }
        }
        assertThat(arrivals).isBetween(20, 80);
        assertThat(leavers).isBetween(20, 80);
    }

    @Test
    void returningStudentsKeepTheirIdsAndMoveUpAGrade() {
        Map<String, RosterRow> before = byId(GeneratedFiles.roster(dir.resolve("roster-2025-26.xlsx")));
        Map<String, RosterRow> after = byId(GeneratedFiles.roster(dir.resolve("roster-2026-27.xlsx")));
        Set<String> returning = new TreeSet<>(before.keySet());
        returning.retainAll(after.keySet());

        assertThat(returning).hasSizeGreaterThan(700);
        for (String id : returning) {
            assertThat(grade(after.get(id))).isEqualTo(grade(before.get(id)) + 1);
            String expectedSchool = switch (grade(after.get(id))) {
                case 6 -> "0201";
                case 9 -> "0301";
                default -> before.get(id).schoolId();
            };
            assertThat(after.get(id).schoolId()).isEqualTo(expectedSchool);
        }
        assertThat(after.values()).noneMatch(row -> row.grade().equals("K") && before.containsKey(row.studentId()));
        assertThat(before.values()).filteredOn(row -> row.grade().equals("12"))
                .noneMatch(row -> after.containsKey(row.studentId()));
    }

    @Test
    void eachSchoolExportsAttendanceInItsOwnLayout() throws IOException {
        assertLayout("0101", "Attendance", 0, List.of(
                "Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        assertLayout("0102", "Sheet1", 0, List.of(
                "StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Attended"));
        assertLayout("0201", "Export", 0, List.of(
                "Student_Number", "School_Number", "From", "To", "Membership Days", "Days Absent"));
        assertLayout("0301", "Monthly Summary", 2, List.of(
                "Local ID", "School Code", "Period Start", "Period End", "Days Enrolled", "Days Present"));
    }

    @Test
    void eachSchoolWritesPeriodDatesItsOwnWay() throws IOException {
        LocalDate start = LocalDate.of(2026, 10, 1);
        LocalDate end = LocalDate.of(2026, 10, 31);
        assertThat(period("0101", 1)).containsExactly(start, end);
        assertThat(period("0102", 1)).containsExactly("2026-10-01", "2026-10-31");
        assertThat(period("0201", 1)).containsExactly("10/1/2026", "10/31/2026");
        assertThat(period("0301", 3)).containsExactly(start, end);
    }

    @Test
    void theHighSchoolTitlesItsSheetAndLeavesBlankRowsAfterTheData() throws IOException {
        for (String month : List.of("2025-11", "2026-10")) {
            try (Workbook workbook = GeneratedFiles.open(attendanceFile("0301", month))) {
                Sheet sheet = workbook.getSheet("Monthly Summary");
                assertThat(texts(sheet.getRow(0)))
                        .containsExactly("Riverbend High School — Monthly attendance summary");
                assertThat(sheet.getRow(1)).isNull();
                long dataRows = attendance.stream()
                        .filter(row -> row.file().equals(dir.relativize(attendanceFile("0301", month))))
                        .count();
                int trailing = sheet.getLastRowNum() - (2 + (int) dataRows);
                assertThat(trailing).isBetween(1, 2);
                for (int r = 3 + (int) dataRows; r <= sheet.getLastRowNum(); r++) {
                    assertThat(texts(sheet.getRow(r))).allMatch(String::isEmpty);
                }
            }
        }
    }

    @Test
    void attendanceIdsAreSixDigitTextWithLeadingZeros() {
        assertThat(attendance).isNotEmpty()
                .allSatisfy(row -> assertThat(row.studentId()).matches("\\d{6}"))
                .filteredOn(row -> !row.studentId().equals("999999"))
                .allSatisfy(row -> assertThat(row.studentId()).startsWith("0"));
    }

    @Test
    void onlyThePlantedRowHasMoreDaysPresentThanEnrolled() {
        assertThat(attendance).filteredOn(row -> row.daysPresent() > row.daysEnrolled())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.file()).isEqualTo(Path.of("attendance/2026-10/0101-attendance-2026-10.xlsx"));
                    assertThat(row.excelRow()).isEqualTo(12);
                });
        assertThat(attendance).allSatisfy(row -> assertThat(row.daysPresent()).isNotNegative());
    }

    @Test
    void onlyThePlantedRowNamesAStudentOnNoRoster() {
        Set<String> onRosters = Stream.of("roster-2025-26.xlsx", "roster-2026-27.xlsx")
                .flatMap(file -> GeneratedFiles.roster(dir.resolve(file)).stream())
                .map(RosterRow::studentId)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(attendance).filteredOn(row -> !onRosters.contains(row.studentId()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.studentId()).isEqualTo("999999");
                    assertThat(row.file()).isEqualTo(Path.of("attendance/2026-10/0201-attendance-2026-10.xlsx"));
                    assertThat(row.excelRow()).isEqualTo(27);
                });
    }

    @Test
    void theSummaryCountsWhatWasWritten() {
        Set<String> students = Stream.of("roster-2025-26.xlsx", "roster-2026-27.xlsx")
                .flatMap(file -> GeneratedFiles.roster(dir.resolve(file)).stream())
                .map(RosterRow::studentId)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(summary).isEqualTo(new GenerationSummary(4, students.size(),
                GeneratedFiles.list(dir).size(), attendance.size()));
        assertThat(summary.files()).isEqualTo(3 + 4 * (11 + 3));
    }

    @Test
    void onlyMonthsOfTheCurrentSchoolYearCanBeTheLastWritten() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleDistrictGenerator(1, YearMonth.of(2026, 6)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleDistrictGenerator(1, YearMonth.of(2026, 7)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleDistrictGenerator(1, YearMonth.of(2027, 7)));
    }

    private static void assertLayout(String school, String sheetName, int headerRow, List<String> headers)
            throws IOException {
        try (Workbook workbook = GeneratedFiles.open(attendanceFile(school, "2026-10"))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet(sheetName);
            assertThat(sheet).as(school).isNotNull();
            assertThat(texts(sheet.getRow(headerRow))).as(school).isEqualTo(headers);
            Row first = sheet.getRow(headerRow + 1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(school);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    /** Period start and end of one row of October's file: dates where the cells are Excel dates, else text. */
    private static List<Object> period(String school, int row) throws IOException {
        try (Workbook workbook = GeneratedFiles.open(attendanceFile(school, "2026-10"))) {
            List<Object> period = new ArrayList<>();
            for (Cell cell : List.of(workbook.getSheetAt(0).getRow(row).getCell(2),
                    workbook.getSheetAt(0).getRow(row).getCell(3))) {
                period.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                        : DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                        : cell);
            }
            return period;
        }
    }

    private static Path attendanceFile(String school, String month) {
        return dir.resolve("attendance").resolve(month).resolve(school + "-attendance-" + month + ".xlsx");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(GeneratedFiles.text(row.getCell(c)));
        }
        return texts;
    }

    private static Map<String, RosterRow> byId(List<RosterRow> rows) {
        return rows.stream().collect(Collectors.toMap(RosterRow::studentId, Function.identity(), (a, b) -> {
            throw new AssertionError("Student on a roster twice: " + a.studentId());
        }, TreeMap::new));
    }

    private static int grade(RosterRow row) {
        return row.grade().equals("K") ? 0 : Integer.parseInt(row.grade());
    }
}
