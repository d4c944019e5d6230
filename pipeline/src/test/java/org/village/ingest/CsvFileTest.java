package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFileTest {

    /** Real CSV files from schools and SIS test data, described in shared/external-data/SOURCES.md. */
    private static final Path DATA = Path.of("../../shared/external-data");

    @TempDir
    Path dir;

    private Path file(String name, String text, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    private static List<SheetRow> rows(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file); SheetCursor cursor = csv.openSheet(0)) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Path data(String path) {
        assumeTrue(Files.isDirectory(DATA), "shared/external-data is not beside this clone; real-file tests skipped");
        return DATA.resolve(path);
    }

    @Test
    void isOneSheetNamedAfterTheFile() throws IOException {
        try (CsvFile csv = CsvFile.open(file("Roster 2026-10.csv", "id\n1\n", StandardCharsets.UTF_8))) {
            assertThat(csv.sheetNames()).containsExactly("Roster 2026-10");
            assertThat(csv.date1904()).isFalse();
            assertThatThrownBy(() -> csv.openSheet(1)).isInstanceOf(SpreadsheetProblem.class);
        }
    }

    @Test
    void numbersRowsByTheLineOnWhichTheyStartCountingBlankLinesAndLineBreaksInsideQuotes() throws IOException {
        Path file = file("a.csv", "Title\n\nid,note\n001,\"two\nlines\"\n\n\n002,\"a, \"\"b\"\"\"\n", StandardCharsets.UTF_8);

        List<SheetRow> rows = rows(file);

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4, 8);
        assertThat(rows.get(2).cells()).containsExactly("001", "two\nlines");
        assertThat(rows.get(3).cells()).containsExactly("002", "a, \"b\"");
    }

    @Test
    void keepsValuesExactlyAsSent() throws IOException {
        Path file = file("a.csv", "id,name,grade\n 0042 ,  Ana ,\t9\n", StandardCharsets.UTF_8);

        assertThat(rows(file).get(1).cells()).containsExactly(" 0042 ", "  Ana ", "\t9");
    }

    @Test
    void mixedLineEndsEachEndARecordAndLeaveNoCarriageReturnInAValue() throws IOException {
        Path file = file("mixed.csv", "id,name\r\n1,a\n2,b\r3,c\r\n", StandardCharsets.UTF_8);

        List<SheetRow> rows = rows(file);

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(row -> row.cell(1)).containsExactly("name", "a", "b", "c");
    }

    @Test
    void skipsRowsWhoseCellsAreAllEmpty() throws IOException {
        Path file = file("a.csv", "id,name\r\n1,a\r\n,\r\n , \r\n2,b\r\n", StandardCharsets.UTF_8);

        assertThat(rows(file)).extracting(SheetRow::rowNumber).containsExactly(1, 2, 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            comma, semicolons in quoted text | id,note\\n1,"a;b;c"\\n2,"d;e;f"\\n    | 2 | d;e;f
            semicolon, commas in quoted text | id;note\\n1;"a,b,c"\\n2;"d,e,f"\\n    | 2 | d,e,f
            semicolon, decimal commas        | id;score\\n1;1,5\\n2;2,25\\n          | 2 | 2,25
            tab, commas in plain text        | id\\tname\\n1\\tSmith, J\\n2\\tLee, K\\n | 2 | Lee, K
            comma, after a title row         | Report for October\\n\\nid,name,grade\\n1,a,9\\n2,b,10\\n | 3 | b
            one column                       | id\\n1\\n2\\n                         | 1 | ''
            """)
    void findsTheDelimiter(String description, String text, int fields, String secondCell) throws IOException {
        Path file = file("a.csv", text.replace("\\n", "\n").replace("\\t", "\t"), StandardCharsets.UTF_8);

        List<SheetRow> rows = rows(file);
        SheetRow last = rows.get(rows.size() - 1);

        assertThat(last.cells()).hasSize(fields);
        assertThat(last.cell(0)).isEqualTo("2");
        assertThat(last.cell(1)).isEqualTo(secondCell);
    }

    @Test
    void readsWindows1252WhenAnAccentFarDownTheFileIsNotUtf8() throws IOException {
        StringBuilder text = new StringBuilder("id,name\r\n");
        for (int i = 0; i < 5000; i++) {
            text.append(String.format("%05d,Student\r\n", i));
        }
        text.append("99999,Chloé Zoë\r\n");
        Path file = file("late-accent.csv", text.toString(), Charset.forName("windows-1252"));
        assertThat(Files.size(file)).isGreaterThan(64 * 1024);

        List<SheetRow> rows = rows(file);

        assertThat(rows.get(rows.size() - 1).cell(1)).isEqualTo("Chloé Zoë");
    }

    @Test
    void dropsTheByteOrderMarkFromTheFirstCell() throws IOException {
        Path file = file("bom.csv", "\uFEFFStudent_Number;School\n0042;Riverbend\n", StandardCharsets.UTF_8);

        assertThat(rows(file).get(0).cells()).containsExactly("Student_Number", "School");
    }

    @ParameterizedTest
    @CsvSource({ "''", "'   \n\r\n\t '", "'\uFEFF'" })
    void anEmptyFileIsAProblem(String text) throws IOException {
        Path file = file("empty.csv", text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvFile.open(file)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is empty; check it is the file you meant to send");
    }

    @Test
    void aBinaryFileIsNotATextCsv() throws IOException {
        Path file = Files.write(dir.resolve("photo.csv"), new byte[] { 'i', 'd', ',', 0, 0, 1, 2, '\n' });

        assertThatThrownBy(() -> CsvFile.open(file)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is not a text CSV file, nor a workbook Village recognises: it holds binary data; open it "
                        + "in Excel and save it as .xlsx or as CSV UTF-8");
    }

    @Test
    void aUtf16FileIsAskedForAgainAsUtf8() throws IOException {
        Path file = file("unicode.csv", "\uFEFFid\tname\r\n1\tJosé\r\n", StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> CsvFile.open(file)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageContaining("UTF-16").hasMessageContaining("save it as CSV UTF-8");
    }

    @Test
    void aQuoteThatNeverClosesIsReportedWithItsLine() throws IOException {
        Path file = file("broken.csv", "id,note\n1,ok\n2,\"never closed\n3,x\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rows(file)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("has a quoted value that is not closed properly in the record starting on line 3; check "
                        + "the quotes there, or open the file in Excel and save it again as CSV");
    }

    @Test
    void readsTheUciStudentPerformanceFile() {
        List<SheetRow> rows = rows(data("uci-student-performance/student-mat.csv"));

        assertThat(rows).hasSize(1 + 395).allSatisfy(row -> assertThat(row.cells()).hasSize(33));
        assertThat(rows.get(0).cell(0)).isEqualTo("school");
        assertThat(rows.get(0).cell(32)).isEqualTo("G3");
        // G1 and G2 are quoted, G3 is not; both read as plain text.
        assertThat(rows.get(1).cells()).startsWith("GP", "F", "18", "U").endsWith("5", "6", "6");
        assertThat(rows.get(395).rowNumber()).isEqualTo(396);
    }

    @Test
    void readsChicagoPublicSchoolsFiles() {
        List<SheetRow> attendance = rows(data("chicago-cps-school-data/attendance.csv"));
        assertThat(attendance).hasSize(1 + 7647);
        assertThat(attendance.get(1).cells()).hasSize(24).startsWith("", "CITYWIDE");

        // A BOM, a header cell with a line break inside quotes, and 200 trailing rows of bare commas.
        List<SheetRow> suspensions = rows(data("chicago-cps-school-data/suspension_data.csv"));
        assertThat(suspensions.get(0).cell(0)).isEqualTo("School ID");
        assertThat(suspensions.get(0).cell(10)).isEqualTo("% of Misconducts Resulting in a Suspension\n(includes ISS and OSS)");
        assertThat(suspensions.get(1).rowNumber()).isEqualTo(3);
        assertThat(suspensions).hasSize(1 + 9420 - 200);
        assertThat(suspensions.get(suspensions.size() - 1).rowNumber()).isEqualTo(9222);

        // Multi-line quoted text: 655 schools over about 1,600 lines.
        List<SheetRow> profiles = rows(data(
                "chicago-cps-school-data/Chicago_Public_Schools_-_School_Profile_Information_SY2021.csv"));
        assertThat(profiles).hasSize(1 + 655).allSatisfy(row -> assertThat(row.cells()).hasSize(96));
        assertThat(profiles.get(655).rowNumber()).isEqualTo(1587);
    }

    @Test
    void readsVirginiaChronicAbsenteeism() {
        List<SheetRow> rows = rows(data("vdoe-chronic-absenteeism-cville-albemarle/chronic_absenteeism.csv"));

        assertThat(rows).hasSize(1 + 3222).allSatisfy(row -> assertThat(row.cells()).hasSize(8));
        assertThat(rows.get(1).cells()).startsWith("2016-2017", "ACPS", "Agnor-Hurt Elementary", "All Students");
    }

    @Test
    void readsOpenEducationAnalyticsContosoFiles() {
        String sis = "oea-contoso-sis/test_data/";
        assertThat(rows(data(sis + "batch1/studentattendance.csv"))).hasSize(1 + 12000)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(13));
        assertThat(rows(data(sis + "batch1/studentdemographics.csv"))).hasSize(1 + 100);
        assertThat(rows(data(sis + "batch1/studentsectionmark.csv"))).hasSize(1 + 1044);
        assertThat(rows(data(sis + "hello_world_test_data/contoso_sis/day1/students/part1.csv"))).hasSize(1 + 400)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(21));
        List<SheetRow> attendance = rows(data(
                sis + "hello_world_test_data_small/contoso_sis/day1/studentattendance/part1.csv"));
        assertThat(attendance).hasSize(1 + 1464);
        assertThat(attendance.get(1).cell(4)).isEqualTo("01/09/2019");
    }
}
