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

    private static final String ENROLMENT = """
            	<StudentSchoolAssociation>
            		<StudentReference><StudentIdentity><StudentUniqueId>%s</StudentUniqueId></StudentIdentity></StudentReference>
            		<SchoolReference><SchoolIdentity><SchoolId>%s</SchoolId></SchoolIdentity></SchoolReference>
            		<EntryDate>2025-08-25</EntryDate>
            		<EntryGradeLevel>uri://ed-fi.org/GradeLevelDescriptor#Fifth grade</EntryGradeLevel>
            	</StudentSchoolAssociation>
            """;

    @Test
    void takesAnEnrolmentsStudentGroupsFromTheAssociationInTheSameInterchange() throws IOException {
        // Data Standard 5.2's element order. 605675 at 255901107: Female; Hispanic whatever the race; Limited: Y; a
        // disability: Y; Economic Disadvantaged: Y (its Period is not a value), and so Homeless and Foster Care, not
        // in the list, N. 605194 lists neither disabilities nor characteristics, so each is N where the other
        // student's association lists it (disability, economic disadvantage) and unknown where no one's does
        // (homeless, foster); NotLimited is N.
        Path file = write("enrollment.xml", HEAD + "<InterchangeStudentEnrollment xmlns=\"http://ed-fi.org/5.2.0\">\n"
                + ENROLMENT.formatted("605675", "255901107") + ENROLMENT.formatted("605194", "255901107") + """
                	<StudentEducationOrganizationAssociation>
                		<StudentReference><StudentIdentity><StudentUniqueId>605675</StudentUniqueId></StudentIdentity></StudentReference>
                		<EducationOrganizationReference><EducationOrganizationIdentity><EducationOrganizationId>255901107</EducationOrganizationId></EducationOrganizationIdentity></EducationOrganizationReference>
                		<Sex>uri://ed-fi.org/SexDescriptor#Female</Sex>
                		<HispanicLatinoEthnicity>true</HispanicLatinoEthnicity>
                		<Race>uri://ed-fi.org/RaceDescriptor#White</Race>
                		<StudentCharacteristic>
                			<StudentCharacteristic>uri://ed-fi.org/StudentCharacteristicDescriptor#Economic Disadvantaged</StudentCharacteristic>
                			<Period><BeginDate>2025-08-25</BeginDate></Period>
                		</StudentCharacteristic>
                		<LimitedEnglishProficiency>uri://ed-fi.org/LimitedEnglishProficiencyDescriptor#Limited</LimitedEnglishProficiency>
                		<Disability>
                			<Disability>uri://ed-fi.org/DisabilityDescriptor#Autism</Disability>
                			<OrderOfDisability>1</OrderOfDisability>
                		</Disability>
                	</StudentEducationOrganizationAssociation>
                	<StudentEducationOrganizationAssociation>
                		<StudentReference><StudentIdentity><StudentUniqueId>605194</StudentUniqueId></StudentIdentity></StudentReference>
                		<EducationOrganizationReference><EducationOrganizationIdentity><EducationOrganizationId>255901107</EducationOrganizationId></EducationOrganizationIdentity></EducationOrganizationReference>
                		<Sex>uri://ed-fi.org/SexDescriptor#Male</Sex>
                		<Race>uri://ed-fi.org/RaceDescriptor#Black or African American</Race>
                		<LimitedEnglishProficiency>uri://ed-fi.org/LimitedEnglishProficiencyDescriptor#NotLimited</LimitedEnglishProficiency>
                	</StudentEducationOrganizationAssociation>
                </InterchangeStudentEnrollment>
                """);

        assertThat(sheetNames(file)).containsExactly("StudentSchoolAssociation");
        assertThat(rows(file, 0)).containsExactly("0:Student ID|School ID|Grade|Entry Date|Exit Date|Gender"
                + "|Race/Ethnicity|English Learner|Disability|Economically Disadvantaged|Homeless|Foster",
                "3:605675|255901107|5|2025-08-25||F|Hispanic or Latino|Y|Y|Y|N|N",
                "9:605194|255901107|5|2025-08-25||M|Black or African American|N|N|N||");
    }

    private static final String GRADE = """
            	<Grade>
            		<LetterGradeEarned>%s</LetterGradeEarned>
            		<GradeType>uri://ed-fi.org/GradeTypeDescriptor#Grading Period</GradeType>
            		<StudentSectionAssociationReference><StudentSectionAssociationIdentity>
            			<StudentReference><StudentIdentity><StudentUniqueId>605675</StudentUniqueId></StudentIdentity></StudentReference>
            			<SectionReference><SectionIdentity>
            				<SectionIdentifier>%s</SectionIdentifier>
            				<CourseOfferingReference><CourseOfferingIdentity>
            					<LocalCourseCode>%s</LocalCourseCode>
            					<SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity></SchoolReference>
            					<SessionReference><SessionIdentity><SessionName>2021-2022 Fall Semester</SessionName>
            						<SchoolYear>2021-2022</SchoolYear>
            						<SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity></SchoolReference>
            					</SessionIdentity></SessionReference>
            				</CourseOfferingIdentity></CourseOfferingReference>
            			</SectionIdentity></SectionReference>
            			<BeginDate>2021-08-23</BeginDate>
            		</StudentSectionAssociationIdentity></StudentSectionAssociationReference>
            		<GradingPeriodReference><GradingPeriodIdentity>
            			<GradingPeriodName>2021-2022 Fall Semester Exam 1</GradingPeriodName>
            			<SchoolYear>2021-2022</SchoolYear>
            			<SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity></SchoolReference>
            		</GradingPeriodIdentity></GradingPeriodReference>
            	</Grade>
            """;

    private static final String SECTION = """
            	<Section>
            		<SectionIdentifier>%s</SectionIdentifier>
            		<AvailableCredits>
            			<Credits>%s</Credits>
            			<CreditType>uri://ed-fi.org/CreditTypeDescriptor#Semester hour credit</CreditType>
            		</AvailableCredits>
            		<CourseOfferingReference><CourseOfferingIdentity>
            			<LocalCourseCode>%s</LocalCourseCode>
            			<SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity></SchoolReference>
            			<SessionReference><SessionIdentity><SessionName>2021-2022 Fall Semester</SessionName>
            				<SchoolYear>2021-2022</SchoolYear>
            				<SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity></SchoolReference>
            			</SessionIdentity></SessionReference>
            		</CourseOfferingIdentity></CourseOfferingReference>
            	</Section>
            """;

    @Test
    void takesAGradesCreditsFromItsSectionInTheMasterScheduleBesideIt() throws IOException {
        // ALG-1's section carries 0.5 credits; the grades' BIO section is not in the master schedule, so its grade
        // has no credits and will weigh one. The master schedule is a part of the grades, not an inbox file.
        Path grades = write("StudentGrade-1stSixWeeks.xml", HEAD + "<InterchangeStudentGrade xmlns=\"http://ed-fi.org/5.2.0\">\n"
                + GRADE.formatted("B", "25590100102Trad220ALG112011", "ALG-1")
                + GRADE.formatted("A", "25590100102Trad220BIO112011", "BIO") + "</InterchangeStudentGrade>\n");
        assertThat(rows(grades, 0)).as("no sections sent: no credits column, as on a sheet without one").first()
                .isEqualTo("0:Student ID|School ID|School Year|Term|Course|Mark");
        write("MasterSchedule.xml", HEAD + "<InterchangeMasterSchedule xmlns=\"http://ed-fi.org/5.2.0\">\n"
                + SECTION.formatted("25590100102Trad220ALG112011", "0.500", "ALG-1")
                + SECTION.formatted("25590100102Trad220ENG112011", "1.000", "ENG-1")
                + "</InterchangeMasterSchedule>\n");

        assertThat(rows(grades, 0)).extracting(row -> row.substring(row.lastIndexOf('|') + 1))
                .containsExactly("Credits", "0.500", "");
        assertThat(InboxFiles.spreadsheets(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("StudentGrade-1stSixWeeks.xml");
    }

    @Test
    void reportsAMasterScheduleWithNoGradesBesideItAsNotUsed() throws IOException {
        Path file = write("MasterSchedule.xml", HEAD + "<InterchangeMasterSchedule xmlns=\"http://ed-fi.org/5.2.0\">\n"
                + SECTION.formatted("S1", "1", "ENG-1") + "</InterchangeMasterSchedule>\n");

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.sheetNames()).containsExactly("Section");
            assertThat(spreadsheet.notUsed(0)).contains("only for the sections' credits", "nothing here uses them");
        }
        assertThat(InboxFiles.spreadsheets(dir)).containsExactly(file);
    }
}
