package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ed-Fi XML interchanges opened as Village opens any inbox file, including damaged and hostile ones. */
class EdFiInterchangeTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<InterchangeStudentAttendance xmlns=\"http://ed-fi.org/5.2.0\">\n";
    private static final String EVENT = """
            	<StudentSchoolAttendanceEvent>
            		<AttendanceEvent>
            			<EventDate>%s</EventDate>
            			<AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#%s</AttendanceEventCategory>
            		</AttendanceEvent>
            		<StudentReference><StudentIdentity><StudentUniqueId>%s</StudentUniqueId></StudentIdentity></StudentReference>
            		<SchoolReference><SchoolIdentity><SchoolId>%s</SchoolId></SchoolIdentity></SchoolReference>
            		<SessionReference><SessionIdentity><SessionName>Fall</SessionName><SchoolYear>2025-2026</SchoolYear>
            			<SchoolReference><SchoolIdentity><SchoolId>999</SchoolId></SchoolIdentity></SchoolReference>
            		</SessionIdentity></SessionReference>
            	</StudentSchoolAttendanceEvent>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> sheetNames(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            return spreadsheet.sheetNames();
        }
    }

    private static List<String> rows(Path file, int sheet) {
        List<String> rows = new ArrayList<>();
        try (Spreadsheet spreadsheet = Spreadsheets.open(file); SheetCursor cursor = spreadsheet.openSheet(sheet)) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row.rowNumber() + ":" + String.join("|", row.cells()));
            }
        }
        return rows;
    }

    @Test
    void readsSchoolAttendanceEventsAsRowsUnderVillagesHeaderWithTheRecordsOwnSchool() throws IOException {
        Path file = write("attendance.xml", HEAD + ROOT + EVENT.formatted("2025-09-02", "In Attendance", "007", "101")
                + EVENT.formatted("2025-09-03", "Excused Absence", "007", "101") + "</InterchangeStudentAttendance>\n");

        assertThat(sheetNames(file)).containsExactly("StudentSchoolAttendanceEvent");
        assertThat(rows(file, 0)).containsExactly("0:Student ID|School ID|Date|Attendance Code",
                "3:007|101|2025-09-02|In Attendance", "14:007|101|2025-09-03|Excused Absence");
    }

    @Test
    void numbersRecordsWrittenOnOneLineOneAfterAnother() throws IOException {
        String oneLine = (HEAD + ROOT + EVENT.formatted("2025-09-02", "Tardy", "1", "101")
                + EVENT.formatted("2025-09-03", "Tardy", "2", "101") + "</InterchangeStudentAttendance>")
                .replace("\n", "").replace("\t", "");
        Path file = write("one-line.xml", oneLine);

        assertThat(rows(file, 0)).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly("0", "1", "2");
    }

    @Test
    void reportsAStrayControlCharacterAsDamageNotAStackTrace() throws IOException {
        Path file = write("control.xml", HEAD + ROOT + EVENT.formatted("2025-09-02", "Tardy", "1", "101")
                .replace("Tardy", "Tar\u001Ady") + "</InterchangeStudentAttendance>\n");

        assertThatThrownBy(() -> rows(file, 0)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageStartingWith("is damaged near line 6")
                .hasMessageContaining("not well-formed XML", "export it again");
    }

    @Test
    void reportsAFileCutShortAsDamage() throws IOException {
        String whole = HEAD + ROOT + EVENT.formatted("2025-09-02", "Tardy", "1", "101")
                + EVENT.formatted("2025-09-03", "Tardy", "2", "101");
        Path file = write("cut.xml", whole.substring(0, whole.length() - 120));

        assertThatThrownBy(() -> rows(file, 0)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageContaining("cut short");
    }

    @Test
    void refusesADtdAndNeverReadsAnExternalEntity() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path file = write("xxe.xml", HEAD + "<!DOCTYPE InterchangeStudentAttendance [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]>\n" + ROOT + EVENT.formatted("2025-09-02", "&leak;", "1", "101")
                + "</InterchangeStudentAttendance>\n");

        assertThatThrownBy(() -> rows(file, 0)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void keepsTheMessageForXmlThatIsNotEdFi() throws IOException {
        Path file = write("excel2003.xml", HEAD + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
                + "<Worksheet/></Workbook>\n");

        assertThatThrownBy(() -> Spreadsheets.open(file)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageStartingWith("is an XML file");
    }

    @Test
    void reportsSectionAttendanceAndOtherRecordsAsReadButNotUsed() throws IOException {
        Path file = write("mixed.xml", HEAD + ROOT + EVENT.formatted("2025-09-02", "Tardy", "1", "101")
                + "<StudentSectionAttendanceEvent><AttendanceEvent><EventDate>2025-09-02</EventDate>"
                + "</AttendanceEvent></StudentSectionAttendanceEvent>\n<Student><StudentUniqueId>1</StudentUniqueId>"
                + "</Student>\n</InterchangeStudentAttendance>\n");

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.sheetNames()).containsExactly("StudentSchoolAttendanceEvent",
                    "StudentSectionAttendanceEvent", "Other records");
            assertThat(spreadsheet.notUsed(0)).isNull();
            assertThat(spreadsheet.notUsed(1)).contains("1 Ed-Fi StudentSectionAttendanceEvent", "per class period");
            assertThat(spreadsheet.notUsed(2)).contains("1 Student");
        }
    }
}
