package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/**
 * Small hand-written Ed-Fi API JSON Lines files through the ingest steps into H2 on disk, every expected figure worked
 * out by hand from the files in src/test/resources/edfi-jsonl: which schools, enrolments, school days and marks load,
 * and what is reported about the files that cannot be used.
 */
@SpringBootTest(classes = VillageApplication.class)
class EdFiJsonLinesIngestTest {

    private static final Path INBOX = Path.of("src/test/resources/edfi-jsonl");
    /** Attendance for a school with no roster, and a grades file cut short in its second line. */
    private static final Path NO_ROSTER_INBOX = Path.of("src/test/resources/edfi-jsonl-no-roster");

    /** The sheets whose rows count: a sheet found damaged part-way keeps the rows read before, unused. */
    private static final String IN_USE = "SELECT source_id FROM ingest_source WHERE status = 'LOADED'";

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    JdbcClient jdbc;

    private static Map<String, FileSummary> files;
    private static Map<String, FileSummary> noRosterFiles;

    @BeforeAll
    static void loadBothInboxes(@Autowired InboxValidation validation) {
        InboxValidation.Outcome outcome = validation.validate(INBOX);
        assertThat(outcome.failure()).isNull();
        files = outcome.files().stream().collect(Collectors.toMap(FileSummary::fileName, f -> f));
        InboxValidation.Outcome noRoster = validation.validate(NO_ROSTER_INBOX);
        assertThat(noRoster.failure()).isNull();
        noRosterFiles = noRoster.files().stream().collect(Collectors.toMap(FileSummary::fileName, f -> f));
    }

    @Test
    void loadsEachResourceWholeWithNoRejects() {
        for (String file : List.of("schools.jsonl", "studentSchoolAssociations.jsonl",
                "studentSchoolAttendanceEvents.jsonl", "grades.jsonl")) {
            assertThat(files.get(file)).as(file).extracting(FileSummary::status, FileSummary::rowsRejected)
                    .containsExactly("LOADED", 0);
        }
        assertThat(files.get("studentSchoolAttendanceEvents.jsonl").rowsLoaded()).isEqualTo(7);
    }

    @Test
    void registersTheSchoolsWithTheirCategory() {
        assertThat(jdbc.sql("SELECT school_id || '|' || school_name || '|' || school_level FROM school "
                + "ORDER BY school_id").query(String.class).list())
                .containsExactly("101|Alder Elementary|Elementary School", "102|Birch Middle|Middle School",
                        "103|Cedar Elementary|Elementary School");
    }

    @Test
    void readsEnrolmentsWithIdsAsSentAndGradeLevelsAsGrades() {
        assertThat(jdbc.sql("SELECT student_id || '|' || school_id || '|' || grade || '|' || entry_date || '|' "
                + "|| COALESCE(CAST(exit_date AS VARCHAR), '-') || '|' || source_row FROM enrolment "
                + "ORDER BY student_id").query(String.class).list())
                .containsExactly("000123|101|K|2025-08-25|-|1", "4567|102|7|2025-08-25|2025-10-10|3");
    }

    @Test
    void countsEachEventDayAsADayWithItsCategoryAsTheStatus() {
        // 000123: In Attendance, Excused Absence, Tardy, Partial, Unexcused Absence; 4567: In Attendance, Early
        // departure. Partial and Early departure are days present for part of the day, kept as tardy.
        assertThat(jdbc.sql("SELECT student_id || '|' || school_id || '|' || attendance_date || '|' || status "
                + "FROM daily_attendance ORDER BY student_id, attendance_date").query(String.class).list())
                .containsExactly("000123|101|2025-09-02|P", "000123|101|2025-09-03|E", "000123|101|2025-09-04|T",
                        "000123|101|2025-09-05|T", "000123|101|2025-09-08|U", "4567|102|2025-09-02|P",
                        "4567|102|2025-09-03|T");
        Map<String, Object> days = jdbc.sql("SELECT SUM(CASE WHEN status IN ('P', 'T') THEN 1 ELSE 0 END) AS present, "
                + "SUM(CASE WHEN status IN ('E', 'U', 'A') THEN 1 ELSE 0 END) AS absent FROM daily_attendance "
                + "WHERE student_id = '000123'").query().singleRow();
        assertThat(((Number) days.get("PRESENT")).intValue()).isEqualTo(3);
        assertThat(((Number) days.get("ABSENT")).intValue()).isEqualTo(2);
    }

    @Test
    void readsTheLetterMarkFirstAndTheGradingPeriodNameAsTheTerm() {
        // A- is 3.7 points; 84.5 falls in the B band (83 to 87), 3.0 points; a grading period with no name is
        // known by its descriptor. School year 2026 is Ed-Fi's 2025-2026.
        assertThat(jdbc.sql("SELECT student_id || '|' || school_id || '|' || school_year || '|' || term || '|' "
                + "|| course || '|' || mark || '|' || CAST(grade_points AS DECIMAL(3, 1)) FROM course_mark "
                + "WHERE source_id IN (" + IN_USE + ") ORDER BY course").query(String.class).list())
                .containsExactly("000123|101|2025-26|Q1|ELA-K|A-|3.7",
                        "000123|101|2025-26|First Nine Weeks|MATH-K|84.5|3.0");
    }

    @Test
    void weighsEachMarkByItsSectionsCreditsAndOneCreditWhereNoSectionGivesAny() {
        // sections.jsonl: ELA-K-1 of the fall session carries 0.5 credits (the spring session's section of the same
        // identifier, 2, is another section); MATH-K-1 is not there, so its mark weighs one credit. The student's
        // GPA by hand: (3.7 × 0.5 + 3.0 × 1) / (0.5 + 1) = 4.85 / 1.5 = 3.2333.
        assertThat(jdbc.sql("SELECT course || '|' || CAST(credits AS DECIMAL(3, 1)) || '|' || excluded "
                + "FROM course_mark WHERE source_id IN (" + IN_USE + ") ORDER BY course").query(String.class).list())
                .containsExactly("ELA-K|0.5|FALSE", "MATH-K|1.0|FALSE");
        assertThat(jdbc.sql("SELECT CAST(SUM(grade_points * credits) / SUM(credits) AS DECIMAL(5, 4)) FROM course_mark "
                + "WHERE student_id = '000123' AND source_id IN (" + IN_USE + ")").query(Double.class).single())
                .isEqualTo(3.2333);
        assertThat(files).as("the sections are read with the grades, not as a file of their own")
                .doesNotContainKey("sections.jsonl");
        assertThat(files.get("grades.jsonl").columnsRead()).contains("Credits → credits");
    }

    @Test
    void takesEachStudentsGroupsFromTheirEducationOrganizationAssociation() {
        // 000123, at school 101: Female; Asian and White, not Hispanic: Two or More Races; Limited English: Y; an
        // empty disabilities list: N; Economic Disadvantaged listed: Y; a characteristics list without Homeless or
        // Foster Care: N. 4567 has no association with school 102, only with the district (255), which is taken:
        // Male; Hispanic or Latino whatever the race; no English proficiency: unknown; a disability listed: Y; no
        // characteristics list, but the export lists Economic Disadvantaged for another student: N; Homeless and
        // Foster Care listed for no one: unknown.
        assertThat(jdbc.sql("SELECT student_id || '|' || school_id || '|' || gender || '|' || race_ethnicity || '|' "
                + "|| COALESCE(CAST(english_learner AS VARCHAR), '-') || '|' || disability || '|' "
                + "|| economically_disadvantaged || '|' || COALESCE(CAST(homeless AS VARCHAR), '-') || '|' "
                + "|| COALESCE(CAST(foster AS VARCHAR), '-') FROM enrolment ORDER BY student_id")
                .query(String.class).list())
                .containsExactly("000123|101|F|Two or More Races|TRUE|FALSE|TRUE|FALSE|FALSE",
                        "4567|102|M|Hispanic or Latino|-|TRUE|FALSE|-|-");
        assertThat(files).doesNotContainKey("studentEducationOrganizationAssociations.jsonl");
        assertThat(files.get("studentSchoolAssociations.jsonl").columnsRead()).contains("Gender → gender",
                "Economically Disadvantaged → economically disadvantaged");
    }

    @Test
    void reportsSectionsWithNoGradesBesideThemAsNotUsed() {
        assertThat(noRosterFiles.get("school103-sections.jsonl")).satisfies(file -> {
            assertThat(file.status()).isEqualTo("UNRECOGNISED");
            assertThat(file.problem()).contains("only for the sections' credits", "nothing here uses them");
        });
    }

    @Test
    void reportsResourcesItReadsButDoesNotUseWithTheReason() {
        assertThat(files.get("studentSectionAttendanceEvents.jsonl")).satisfies(file -> {
            assertThat(file.status()).isEqualTo("UNRECOGNISED");
            assertThat(file.problem()).contains("per class period", "not a student's daily status");
        });
    }

    @Test
    void readsTheGradingPeriodsAndSessionsAsEachSchoolsTermDates() {
        assertThat(files.get("gradingPeriods.jsonl")).extracting(FileSummary::status, FileSummary::rowsLoaded,
                FileSummary::rowsRejected).containsExactly("LOADED", 3, 0);
        assertThat(files.get("sessions.jsonl")).extracting(FileSummary::status, FileSummary::rowsLoaded)
                .containsExactly("LOADED", 1);
        // A grading period is named as grades name it: by its name, else by its descriptor's code value.
        assertThat(jdbc.sql("SELECT school_id || '|' || school_year || '|' || term || '|' || start_date || '|' "
                + "|| end_date FROM term_date ORDER BY school_id, end_date").query(String.class).list())
                .containsExactly("101|2025-26|Q1|2025-08-25|2025-11-07",
                        "101|2025-26|First Nine Weeks|2025-08-25|2025-12-05",
                        "101|2025-26|2025-2026 Fall Semester|2025-08-25|2025-12-19",
                        "102|2025-26|Q1|2025-08-25|2025-10-24");
    }

    @Test
    void holdsAttendanceForASchoolWithNoRosterSayingTheRosterIsMissing() {
        FileSummary attendance = noRosterFiles.get("school103-studentSchoolAttendanceEvents.jsonl");
        assertThat(attendance.status()).isEqualTo("HELD");
        assertThat(attendance.rowsRejected()).isEqualTo(2);
        assertThat(attendance.problem()).contains("no roster", "roster (enrolment file)", "missing")
                .doesNotContain("column read as the wrong thing");
        assertThat(jdbc.sql("SELECT DISTINCT r.reason FROM ingest_reject r JOIN ingest_source s "
                + "ON s.source_id = r.source_id WHERE s.file_name = 'school103-studentSchoolAttendanceEvents.jsonl'")
                .query(String.class).list())
                .singleElement().asString().startsWith("No roster for school 103 has been received");
    }

    @Test
    void reportsAFileCutShortAsUnreadableAtItsLine() {
        FileSummary grades = noRosterFiles.get("cut-short-grades.jsonl");
        assertThat(grades.status()).isEqualTo("UNREADABLE");
        assertThat(grades.problem()).contains("line 2", "not a complete JSON object", "cut short");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_mark WHERE term = 'Q2' AND source_id IN (" + IN_USE + ")")
                .query(Long.class).single()).as("marks read before the cut count for nothing").isZero();
    }
}
