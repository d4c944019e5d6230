package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.ingest.oneroster.OneRosterFixture;
import org.village.monthly.InboxValidation;

/**
 * The hand-made OneRoster bundle ({@link OneRosterFixture}), zipped, through Village's ingest on H2: what lands in
 * the school and enrolment tables, and the reject, as a data manager would check them.
 */
@SpringBootTest(classes = VillageApplication.class)
class OneRosterIngestTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    InboxValidation validation;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path export;

    @BeforeEach
    void emptyDistrict() {
        for (String table : List.of("enrolment", "term_date", "school", "ingest_reject", "ingest_source")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private Map<String, Object> count(String sql) {
        return jdbc.sql(sql).query().singleRow();
    }

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadsTheSchoolsAndStudentsOfAZippedBundleAndRejectsTheStudentOfAnUnknownOrg() throws IOException {
        OneRosterFixture.writeFolder(export);
        OneRosterFixture.writeZip(export, inbox.resolve("district-oneroster.zip"));

        InboxValidation.Outcome outcome = validation.validate(inbox);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.files()).extracting(FileSummary::fileName, FileSummary::sheetName, FileSummary::status,
                FileSummary::rowsLoaded, FileSummary::rowsRejected).containsExactly(
                        tuple("district-oneroster.zip", "orgs.csv (schools)", "LOADED",
                                2, 0),
                        tuple("district-oneroster.zip", "users.csv (students)",
                                "LOADED", OneRosterFixture.STUDENTS, 1),
                        tuple("district-oneroster.zip", "academicSessions.csv (terms)", "LOADED", 1, 0));
        assertThat(jdbc.sql("SELECT COALESCE(school_id, '-') || ' ' || school_year || ' ' || term || ' ' "
                + "|| start_date || ' ' || end_date || ' ' || source_row FROM term_date").query(String.class).list())
                .as("the semester, not the school year").containsExactly("- 2026-27 Fall 2026 2026-08-01 2026-12-18 3");
        assertThat(jdbc.sql("SELECT school_id, school_name FROM school ORDER BY school_id").query().listOfRows())
                .extracting(row -> row.get("SCHOOL_ID") + " " + row.get("SCHOOL_NAME"))
                .containsExactly("0101 Alder Creek Elementary", "0102 Birch Middle");

        assertThat(number("SELECT COUNT(*) FROM enrolment WHERE school_id = '0101' AND grade = '3' "
                + "AND entry_date = DATE '2026-08-17'")).isEqualTo(12);
        assertThat(number("SELECT COUNT(*) FROM enrolment WHERE school_id = '0102' AND grade = '7'")).isEqualTo(10);
        assertThat(number("SELECT COUNT(*) FROM enrolment WHERE school_id = '0102' "
                + "AND entry_date = DATE '2026-08-01'")).isEqualTo(2);
        assertThat(count("SELECT student_id, exit_date FROM enrolment WHERE exit_date IS NOT NULL"))
                .containsEntry("STUDENT_ID", "001012").containsEntry("EXIT_DATE", java.sql.Date.valueOf(
                        LocalDate.of(2026, 10, 15)));
        assertThat(jdbc.sql("SELECT gender, COUNT(*) AS n FROM enrolment GROUP BY gender ORDER BY gender")
                .query().listOfRows()).extracting(row -> row.get("GENDER") + "=" + row.get("N"))
                .containsExactly("null=9", "F=6", "M=6", "X=1");
        assertThat(jdbc.sql("SELECT race_ethnicity, COUNT(*) AS n FROM enrolment WHERE school_id = '0101' "
                + "GROUP BY race_ethnicity ORDER BY race_ethnicity").query().listOfRows())
                .extracting(row -> row.get("RACE_ETHNICITY") + "=" + row.get("N"))
                .containsExactly("Black or African American=1", "Hispanic or Latino=1", "Two or More Races=2",
                        "White=8");
        assertThat(jdbc.sql("SELECT student_id FROM enrolment WHERE school_id = '0102' ORDER BY student_id")
                .query(String.class).list()).containsExactly("002013", "002014", "002015", "002016", "002017",
                        "002018", "002019", "002020", "u21", "u22");
        assertThat(number("SELECT COUNT(*) FROM enrolment WHERE student_id IN ('T-77', 't01')")).isZero();
        assertThat(count("SELECT r.source_row, r.column_name, r.cell_value, r.reason_code, r.reason "
                + "FROM ingest_reject r")).containsEntry("SOURCE_ROW", 25).containsEntry("COLUMN_NAME", "school id")
                .containsEntry("CELL_VALUE", "7777").containsEntry("REASON_CODE", "UNKNOWN_SCHOOL")
                .hasEntrySatisfying("REASON", reason -> assertThat((String) reason)
                        .contains("'7777' is not in orgs.csv"));
    }

    @Test
    void listsABundleFolderAsOneEntryAndHashesItByItsFiles() throws IOException {
        Path folder = inbox.resolve("oneroster-2026-27");
        OneRosterFixture.writeFolder(folder);
        Files.writeString(inbox.resolve("attendance.csv"), "Student ID,Date,Code\n001001,2026-10-01,P\n");

        assertThat(InboxFiles.spreadsheets(inbox)).containsExactly(inbox.resolve("attendance.csv"), folder);

        String before = InboxRegistrationTasklet.sha256(folder);
        assertThat(InboxRegistrationTasklet.sha256(folder)).isEqualTo(before);
        Files.writeString(folder.resolve("users.csv"), Files.readString(folder.resolve("users.csv")).replace(
                "0010", "0011"));
        assertThat(InboxRegistrationTasklet.sha256(folder)).isNotEqualTo(before);
    }
}
