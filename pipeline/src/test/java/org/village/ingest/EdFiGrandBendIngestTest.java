package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.monthly.InboxValidation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Ed-Fi Data Standard's real "Grand Bend" sample interchanges (shared/external-data/edfi-grand-bend-sample-xml,
 * Data Standard 5.2) used as the inbox. What they hold is counted here independently, through the JDK's DOM rather
 * than Village's streaming reader, and compared with what Village registered, read and reported. The sample has no
 * StudentSchoolAssociation records (its StudentEnrollment.xml was not available), so its attendance has no roster.
 */
@SpringBootTest(classes = VillageApplication.class)
class EdFiGrandBendIngestTest {

    private static final Path SAMPLE = Path.of("../../shared/external-data/edfi-grand-bend-sample-xml");
    private static final String ATTENDANCE = "StudentSchoolAttendance.xml";
    private static final Pattern ROSTER_MISSING = Pattern.compile("^No roster for school (\\d+) has been received");

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    JdbcClient jdbc;

    private static Map<String, FileSummary> sheets;

    @BeforeAll
    static void validateTheSample(@Autowired InboxValidation validation) {
        assumeTrue(Files.isDirectory(SAMPLE), "shared/external-data is not beside this clone; Grand Bend tests skipped");
        InboxValidation.Outcome outcome = validation.validate(SAMPLE);
        assertThat(outcome.failure()).isNull();
        sheets = outcome.files().stream().collect(Collectors.toMap(f -> f.fileName() + "/" + f.sheetName(), f -> f));
    }

    private static Document dom(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(SAMPLE.resolve(file).toFile());
    }

    /** The text of the first descendant with that local name. */
    private static String first(Element element, String localName) {
        return element.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    /** A record's own school: the SchoolId of its SchoolReference child, not the one inside its session. */
    private static String ownSchool(Element event) {
        for (var node = event.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getLocalName().equals("SchoolReference")) {
                return first(child, "SchoolId");
            }
        }
        throw new AssertionError("an event without a SchoolReference");
    }

    private static List<Element> records(Document document, String localName) {
        NodeList nodes = document.getDocumentElement().getElementsByTagNameNS("*", localName);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void registersTheThreeSchoolsOfTheEducationOrganizationInterchange() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (Element school : records(dom("EducationOrganization.xml"), "School")) {
            if (school.getParentNode() == school.getOwnerDocument().getDocumentElement()) {
                expected.put(first(school, "SchoolId"), first(school, "NameOfInstitution"));
            }
        }
        assertThat(expected).hasSize(3);

        Map<String, String> registered = new TreeMap<>();
        jdbc.sql("SELECT school_id, school_name FROM school").query(rs -> {
            registered.put(rs.getString("school_id"), rs.getString("school_name"));
        });
        assertThat(registered).isEqualTo(expected);
        assertThat(sheets.get("EducationOrganization.xml/School").status()).isEqualTo("LOADED");
        assertThat(sheets.get("EducationOrganization.xml/Other records").problem())
                .contains("84 Course", "does not use");
    }

    @Test
    void readsEveryAttendanceEventWithItsCategoryAndSchool() throws Exception {
        Map<String, Long> expected = records(dom(ATTENDANCE), "StudentSchoolAttendanceEvent").stream()
                .collect(Collectors.groupingBy(e -> ownSchool(e) + " " + first(e, "AttendanceEventCategory")
                        .substring(first(e, "AttendanceEventCategory").indexOf('#') + 1),
                        TreeMap::new, Collectors.counting()));

        Map<String, Long> read = new TreeMap<>();
        try (Spreadsheet spreadsheet = Spreadsheets.open(SAMPLE.resolve(ATTENDANCE));
                SheetCursor cursor = spreadsheet.openSheet(0)) {
            assertThat(cursor.next().cells()).containsExactly("Student ID", "School ID", "Date", "Attendance Code");
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                read.merge(row.cell(1) + " " + row.cell(3), 1L, Long::sum);
            }
        }

        assertThat(read).isEqualTo(expected);
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1917);
    }

    @Test
    void holdsTheAttendanceBackSayingNoRosterArrivedForItsSchools() throws Exception {
        FileSummary attendance = sheets.get(ATTENDANCE + "/StudentSchoolAttendanceEvent");
        assertThat(attendance.status()).isEqualTo("HELD");
        assertThat(attendance.rowsRead()).isEqualTo(1917);
        assertThat(attendance.rowsRejected()).isEqualTo(1917);
        assertThat(attendance.problem()).contains("students on no roster", "roster (enrolment file)",
                "StudentSchoolAssociation").doesNotContain("column read as the wrong thing");

        Map<String, Long> expectedBySchool = records(dom(ATTENDANCE), "StudentSchoolAttendanceEvent").stream()
                .collect(Collectors.groupingBy(EdFiGrandBendIngestTest::ownSchool, TreeMap::new,
                        Collectors.counting()));
        Map<String, Long> rejectsBySchool = new TreeMap<>();
        jdbc.sql("SELECT r.reason FROM ingest_reject r JOIN ingest_source s ON s.source_id = r.source_id "
                + "WHERE s.file_name = :file").param("file", ATTENDANCE).query(String.class).list()
                .forEach(reason -> {
                    Matcher school = ROSTER_MISSING.matcher(reason);
                    assertThat(school.find()).as(reason).isTrue();
                    rejectsBySchool.merge(school.group(1), 1L, Long::sum);
                });
        assertThat(rejectsBySchool).isEqualTo(expectedBySchool);
    }

    @Test
    void readsEachSchoolsGradingPeriodsAndSessionsAsItsTermDates() throws Exception {
        Document calendar = dom("EducationOrgCalendar.xml");
        List<String> expected = new ArrayList<>();
        for (String element : List.of("GradingPeriod", "Session")) {
            for (Element record : records(calendar, element)) {
                if (record.getParentNode() == calendar.getDocumentElement()) {
                    String name = first(record, element.equals("Session") ? "SessionName" : "GradingPeriodName");
                    String year = first(record, "SchoolYear");
                    expected.add(ownSchool(record) + "|" + year.substring(0, 5) + year.substring(7) + "|" + name
                            + "|" + first(record, "BeginDate") + "|" + first(record, "EndDate"));
                }
            }
        }
        assertThat(expected).hasSize(24);

        assertThat(sheets.get("EducationOrgCalendar.xml/GradingPeriod")).extracting(FileSummary::status,
                FileSummary::rowsLoaded, FileSummary::rowsRejected).containsExactly("LOADED", 18, 0);
        assertThat(sheets.get("EducationOrgCalendar.xml/Session")).extracting(FileSummary::status,
                FileSummary::rowsLoaded, FileSummary::rowsRejected).containsExactly("LOADED", 6, 0);
        assertThat(jdbc.sql("SELECT school_id || '|' || school_year || '|' || term || '|' || start_date || '|' "
                + "|| end_date FROM term_date").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void reportsSectionAttendanceAndTheOtherInterchangesAsReadButNotUsed() {
        assertThat(sheets.get("StudentSectionAttendance-Tardy.xml/StudentSectionAttendanceEvent")).satisfies(s -> {
            assertThat(s.status()).isEqualTo("UNRECOGNISED");
            assertThat(s.problem()).contains("66 Ed-Fi StudentSectionAttendanceEvent", "per class period");
        });
        for (String file : List.of("Student.xml", "StudentGradebook.xml", "EducationOrgCalendar.xml")) {
            assertThat(sheets.get(file + "/Other records")).as(file).satisfies(s -> {
                assertThat(s.status()).isEqualTo("UNRECOGNISED");
                assertThat(s.problem()).contains("does not use");
            });
        }
        assertThat(sheets.get("Student.xml/Other records").problem()).contains("960 Student");
    }
}
