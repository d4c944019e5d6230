package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.village.generate.GeneratedFiles.Table;
import org.village.generate.GeneratedFiles.TableRow;

import tools.jackson.databind.JsonNode;

/**
 * The sample's files as ingest meets them. Every header is spelled out here, so a change to a layout fails loudly
 * and sample-data/README.md (which lists the same headers for ingest) can be checked against this test.
 */
class SampleFileShapesTest {

    static JsonNode truth;
    static List<String> files;
    /** School id to its attendance layout's style, from the truth file. */
    static final Map<String, String> attendanceStyle = new TreeMap<>();
    static final Map<String, String> marksStyle = new TreeMap<>();

    @BeforeAll
    static void read() {
        truth = SampleData.truth();
        files = GeneratedFiles.list(SampleData.DIR);
        truth.get("schools").forEach(school -> {
            attendanceStyle.put(school.get("id").asString(), school.get("attendance_layout").asString());
            marksStyle.put(school.get("id").asString(), school.get("marks_layout").asString());
        });
    }

    @Test
    void schoolsAndRostersCarryTheirHeadersAndIdsAsTextWithLeadingZeros() throws IOException {
        assertThat(header("schools.xlsx", 1)).containsExactly("School ID", "School Name", "Level");
        for (String roster : List.of("roster-2025-26.xlsx", "roster-2026-27.xlsx")) {
            assertThat(header(roster, 1)).containsExactly("Student_Number", "SchoolID", "Grade_Level", "EntryDate",
                    "ExitDate", "LastFirst", "Gender", "Race_Ethnicity", "ELL", "SPED", "Econ_Disadv", "Homeless",
                    "Foster");
            try (Workbook workbook = open(roster)) {
                Sheet sheet = workbook.getSheet("Roster");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(row.getCell(0).getStringCellValue()).matches("0\\d{5}");
                    assertThat(row.getCell(1).getStringCellValue()).matches("0\\d{3}");
                    assertThat(row.getCell(2).getStringCellValue()).matches("K|[1-9]|1[0-2]");
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                    assertThat(row.getCell(7).getStringCellValue()).isIn("White", "Hispanic or Latino",
                            "Black or African American", "Asian", "Two or More Races",
                            "American Indian or Alaska Native", "Native Hawaiian or Other Pacific Islander");
                    for (int c = 8; c <= 12; c++) {
                        assertThat(row.getCell(c).getStringCellValue()).isIn("Y", "N");
                    }
                }
            }
        }
    }

    @Test
    void eachSummarySchoolSendsItsOwnLayout() {
        Map<String, List<String>> headers = Map.of(
                "summary-A", List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled",
                        "Days Present"),
                "summary-B", List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership",
                        "Days Attended"),
                "summary-C", List.of("Student_Number", "School_Number", "From", "To", "Membership Days",
                        "Days Absent"),
                "summary-D", List.of("Local ID", "School Code", "Period Start", "Period End", "Days Enrolled",
                        "Days Present"),
                "summary-E", List.of("Student Number", "Student Name", "School Number", "Period Begin", "Period End",
                        "Days In Membership", "Days Absent"),
                "summary-F", List.of("Student ID", "Building ID", "Begin Date", "End Date", "Enrolled Days",
                        "Present Days"));
        Map<String, List<String>> octoberPeriod = Map.of(
                "summary-A", List.of("2026-10-01", "2026-10-31"), "summary-B", List.of("2026-10-01", "2026-10-31"),
                "summary-C", List.of("10/1/2026", "10/31/2026"), "summary-D", List.of("2026-10-01", "2026-10-31"),
                "summary-E", List.of("10/1/26", "10/31/26"), "summary-F", List.of("10/01/2026", "10/31/2026"));
        Set<String> seen = new TreeSet<>();
        attendanceStyle.forEach((school, style) -> {
            if (!style.startsWith("summary")) {
                return;
            }
            String file = attendanceFile(school, "2026-10", "attendance");
            Table table = GeneratedFiles.read(SampleData.DIR, file).get(0);
            TableRow header = table.header(headers.get(style).get(0));
            assertThat(header.cells()).as(style).isEqualTo(headers.get(style));
            TableRow first = table.row(header.number() + 1);
            int start = headers.get(style).indexOf("Student Name") >= 0 ? 3 : 2;
            assertThat(List.of(first.cell(start), first.cell(start + 1))).as(style)
                    .isEqualTo(octoberPeriod.get(style));
            assertThat(first.cell(0)).matches("0\\d{5}");
            seen.add(style);
        });
        assertThat(seen).hasSize(6);
    }

    @Test
    void theTitledSummaryHasATitleABlankRowAndBlankRowsAfterItsData() {
        String school = schoolWith("summary-D");
        String name = truthSchool(school).get("name").asString();
        for (String month : List.of("2025-11", "2026-10")) {
            Table table = GeneratedFiles.read(SampleData.DIR, attendanceFile(school, month, "attendance")).get(0);
            assertThat(table.sheet()).isEqualTo("Monthly Summary");
            assertThat(table.row(1).cells()).containsExactly(name + " — Monthly attendance summary");
            assertThat(table.rows().get(1).number()).isEqualTo(3);
            List<TableRow> blanks = table.rows().stream().filter(TableRow::blank).toList();
            assertThat(blanks).hasSize(month.endsWith("11") ? 2 : 1);
            assertThat(blanks.get(blanks.size() - 1)).isEqualTo(table.rows().get(table.rows().size() - 1));
        }
    }

    @Test
    void theSemicolonSummaryIsWindows1252WithAccentedNamesCrlfAndTrailingEmptyRecords() throws IOException {
        byte[] bytes = Files.readAllBytes(SampleData.DIR.resolve(attendanceFile(schoolWith("summary-E"), "2026-10",
                "attendance")));
        String text = new String(bytes, CsvDialect.WINDOWS_1252);

        assertThat(GeneratedFiles.csvCharset(bytes)).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(text).contains(";").contains("\r\n").doesNotContain("\uFFFD").containsPattern("[éáíóúñüöëç]");
        assertThat(text).endsWith(";;;;;;\r\n");
    }

    @Test
    void utf8CsvFilesWithAByteOrderMarkEndLinesWithCrlfAndPlainOnesWithLf() throws IOException {
        for (String file : files) {
            if (!file.endsWith(".csv")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(SampleData.DIR.resolve(file));
            String text = new String(bytes, GeneratedFiles.csvCharset(bytes));
            if (GeneratedFiles.hasByteOrderMark(bytes)) {
                assertThat(text).as(file).contains("\r\n");
            } else if (GeneratedFiles.csvCharset(bytes).equals(StandardCharsets.UTF_8)
                    && !file.contains("daily")) {
                assertThat(text).as(file).doesNotContain("\r");
            }
        }
        assertThat(files).filteredOn(file -> file.endsWith(".csv")).anySatisfy(file ->
                assertThat(GeneratedFiles.hasByteOrderMark(Files.readAllBytes(SampleData.DIR.resolve(file))))
                        .isTrue());
    }

    @Test
    void dailySchoolsSendARowPerStudentPerSchoolDayInTheirSystemsCodes() {
        Map<String, List<String>> headers = Map.of(
                "daily-PS", List.of("Student_Number", "SchoolID", "Att_Date", "Attendance_Code"),
                "daily-EDFI", List.of("StudentUniqueId", "SchoolId", "EventDate",
                        "AttendanceEventCategoryDescriptor"));
        Map<String, Set<String>> codes = Map.of(
                "daily-PS", Set.of("P", "T", "TE", "AE", "AU", "A"),
                "daily-EDFI", Set.of("In Attendance", "Tardy", "Excused Absence", "Unexcused Absence"));
        Set<String> seen = new TreeSet<>();
        attendanceStyle.forEach((school, style) -> {
            if (!style.startsWith("daily")) {
                return;
            }
            Table table = GeneratedFiles.read(SampleData.DIR, attendanceFile(school, "2026-09", "daily-attendance"))
                    .get(0);
            assertThat(table.rows().get(0).cells()).as(style).isEqualTo(headers.get(style));
            Set<String> studentDays = new TreeSet<>();
            Set<String> written = new TreeSet<>();
            for (TableRow row : table.rows().subList(1, table.rows().size())) {
                assertThat(studentDays.add(row.cell(0) + "@" + row.cell(2))).as("one row a student a day").isTrue();
                assertThat(row.cell(2)).matches("2026-09-\\d{2}");
                written.add(row.cell(3));
            }
            assertThat(codes.get(style)).containsAll(written);
            assertThat(written).as(style).hasSizeGreaterThanOrEqualTo(4);
            seen.add(style);
        });
        assertThat(seen).hasSize(2);
    }

    @Test
    void eachSchoolSendsMarksPerTermInItsSystemsLayoutWithAnAdvisoryAtNoCredit() {
        Map<String, List<String>> headers = Map.of(
                "marks-PS", List.of("Student_Number", "SchoolID", "DateStored", "StoreCode", "Course_Number",
                        "Course_Name", "Grade", "Percent", "EarnedCrHrs", "PotentialCrHrs"),
                "marks-IC", List.of("Student ID", "School ID", "School Year", "Term", "Course Number", "Course Name",
                        "Score", "Credits Attempted"),
                "marks-POINTS", List.of("Local ID", "School Code", "School Year", "Term", "Course", "Course Title",
                        "GPA Points", "Credits"),
                "marks-PERCENT", List.of("Student Number", "School Number", "Marking Period", "Course Code",
                        "Course Description", "Percent", "Credit"));
        marksStyle.forEach((school, style) -> {
            String file = files.stream().filter(f -> f.startsWith("grades/2025-26/" + school + "-grades-2025-26-Q1."))
                    .findFirst().orElseThrow();
            Table table = GeneratedFiles.read(SampleData.DIR, file).get(0);
            List<String> header = headers.get(style);
            assertThat(table.rows().get(0).cells()).as(style).isEqualTo(header);
            int course = header.indexOf(Map.of("marks-PS", "Course_Name", "marks-IC", "Course Name",
                    "marks-POINTS", "Course Title", "marks-PERCENT", "Course Description").get(style));
            int credits = header.size() - 1;
            assertThat(table.rows()).as(style)
                    .anySatisfy(row -> assertThat(List.of(row.cell(course), row.cell(credits)))
                            .containsExactly("Advisory", "0"));
        });
        assertThat(files).contains("grades/2025-26/0801-grades-2025-26-S1.csv",
                "grades/2026-27/0101-grades-2026-27-Q1.xlsx");
    }

    @Test
    void theRegistryHasAPartnershipsSheetAndAGoalsSheet() {
        List<Table> sheets = GeneratedFiles.read(SampleData.DIR, "partnerships.xlsx");
        assertThat(sheets).extracting(Table::sheet).containsExactly("Partnerships", "Goals");
        assertThat(sheets.get(0).rows().get(0).cells()).containsExactly("Partnership ID", "Partner Name", "Type",
                "Schools Served", "Start Date", "End Date", "Baseline Start", "Baseline End", "District Investment",
                "Partner Investment", "Check-in Cadence", "Minimum Dosage Hours");
        assertThat(sheets.get(1).rows().get(0).cells()).containsExactly("Partnership ID", "KPI", "Target", "By Date");
        for (TableRow row : sheets.get(0).rows().subList(1, sheets.get(0).rows().size())) {
            assertThat(row.cell(0)).matches("P-\\d{3}");
            assertThat(row.cell(2)).isIn("mentoring", "tutoring", "health clinic", "food and clothing",
                    "career days", "clubs", "volunteers");
            assertThat(row.cell(3)).matches("0\\d{3}(; 0\\d{3})*");
            assertThat(row.cell(6)).isEqualTo("2025-07-01");
        }
    }

    @Test
    void partnersSendWorkbooksOfSeveralSheetsOrCsvFilesAndStoriesWithAndWithoutConsent() {
        Set<String> consent = new TreeSet<>();
        Set<List<String>> sessionHeaders = new TreeSet<>(Comparator.comparing(Object::toString));
        for (String file : files) {
            if (!file.startsWith("partners/")) {
                continue;
            }
            for (Table table : GeneratedFiles.read(SampleData.DIR, file)) {
                List<String> header = table.rows().get(0).cells();
                if (header.size() == 5) {
                    sessionHeaders.add(header);
                } else if (header.size() == 7) {
                    table.rows().subList(1, table.rows().size()).forEach(row -> consent.add(row.cell(6)));
                }
            }
            if (file.endsWith(".xlsx")) {
                assertThat(GeneratedFiles.read(SampleData.DIR, file)).extracting(Table::sheet)
                        .startsWith("Sessions", "Volunteer Hours");
            }
        }
        assertThat(sessionHeaders).containsExactlyInAnyOrder(
                List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"),
                List.of("Program ID", "Student Number", "Date", "Duration (hours)", "Activity"),
                List.of("partnership_id", "student_id", "session_date", "hours", "activity"));
        assertThat(consent).containsAnyOf("Y", "Yes", "TRUE").containsAnyOf("N", "No", "FALSE");
    }

    @Test
    void checkInsAreAnOldStyleXlsContributionsCarryBareSerialDatesAndEveryoneOnTheListIsAtExampleOrg()
            throws IOException {
        try (Workbook workbook = open("check-ins-2026-27.xls")) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
        }
        Table checkIns = GeneratedFiles.read(SampleData.DIR, "check-ins-2026-27.xls").get(0);
        assertThat(checkIns.rows().get(0).cells()).containsExactly("Partnership ID", "Check-in Date", "Status",
                "Notes");
        assertThat(checkIns.rows().subList(1, checkIns.rows().size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.cell(2)).isIn("on track", "at risk", "off track"));

        Table contributions = GeneratedFiles.read(SampleData.DIR, "contributions-2026-27.xlsx").get(0);
        assertThat(contributions.rows().get(0).cells()).containsExactly("Partnership ID", "Date", "Kind", "Amount",
                "Description", "Source");
        for (TableRow row : contributions.rows().subList(1, contributions.rows().size())) {
            assertThat(row.cell(1)).matches("4\\d{4}");
            assertThat(row.cell(2)).isIn("cash", "in-kind", "grant");
            assertThat(row.cell(5)).isIn("district", "partner");
        }

        Table recipients = GeneratedFiles.read(SampleData.DIR, "distribution-list.xlsx").get(0);
        assertThat(recipients.rows().get(0).cells()).containsExactly("Name", "Email", "Role", "Receives");
        for (TableRow row : recipients.rows().subList(1, recipients.rows().size())) {
            assertThat(row.cell(1)).matches("[a-z.]+\\d*@example\\.org");
            assertThat(row.cell(3)).matches("district|board|school:0\\d{3}|partnership:P-\\d{3}");
        }
    }

    private static List<String> header(String file, int row) {
        return GeneratedFiles.read(SampleData.DIR, file).get(0).row(row).cells();
    }

    private static Workbook open(String file) throws IOException {
        return WorkbookFactory.create(SampleData.DIR.resolve(file).toFile(), null, true);
    }

    private static String attendanceFile(String school, String month, String kind) {
        return files.stream().filter(f -> f.startsWith("attendance/" + month + "/" + school + "-" + kind + "-"))
                .findFirst().orElseThrow();
    }

    private static String schoolWith(String style) {
        return attendanceStyle.entrySet().stream().filter(e -> e.getValue().equals(style)).findFirst().orElseThrow()
                .getKey();
    }

    private static JsonNode truthSchool(String id) {
        for (JsonNode school : truth.get("schools")) {
            if (school.get("id").asString().equals(id)) {
                return school;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
