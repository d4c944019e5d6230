package org.village.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.DistrictDatabase;
import org.village.VillageApplication;
import org.village.ingest.TestWorkbooks;
import org.village.kpi.KpiProperties;
import org.village.monthly.DistrictFixture;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;
import org.village.quality.DataWarning.Check;

/**
 * Each plausibility check on the hand-worked district of {@link DistrictFixture} (October 2026, on H2), made to fire
 * by one change to its files, and quiet on the district as it is. The highest GPA is set to 3.5 here, so that marks
 * of A (4.0) are off the scale: on the built-in scale no mark is above 4.0.
 */
@SpringBootTest(classes = VillageApplication.class, properties = "village.plausibility.gpa-highest=3.5")
abstract class PlausibilityChecksTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    DataWarnings warnings;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @BeforeEach
    void startFromAnEmptyDistrict() throws IOException {
        DistrictDatabase.empty(jdbc);
        DistrictFixture.writeTo(inbox);
        DistrictFixture.writePartnershipsTo(inbox);
    }

    /** 0101's students a01..a20 as the fixture numbers them. */
    private static String alder(int i) {
        return String.format("001%03d", i);
    }

    private RunOutcome october() {
        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);
        assertThat(outcome.status()).as(outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        return outcome;
    }

    private static List<Check> checks(List<DataWarning> found) {
        return found.stream().map(DataWarning::check).toList();
    }

    /** Alder Creek's October summary sent again, every student enrolled 20 days and present the given days. */
    private void resendAlderOctober(int present) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            rows.add(List.of(alder(i), "0101", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 20, present));
        }
        TestWorkbooks.workbook().sheet("Attendance", rows).writeTo(inbox.resolve("attendance/0101-2026-10.xlsx"));
    }

    @Test
    void staysQuietOnTheHandWorkedDistrict() {
        RunOutcome outcome = october();

        assertThat(outcome.warnings()).isEmpty();
        assertThat(warnings.forMonth(OCTOBER)).isEmpty();
    }

    @Test
    void warnsOfADailySheetWhereEveryStudentIsPresentEveryDay() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student ID", "School ID", "Attendance Date", "Attendance Code"));
        for (LocalDate day = LocalDate.of(2026, 10, 19); day.isBefore(LocalDate.of(2026, 10, 24));
                day = day.plusDays(1)) {
            for (int i = 1; i <= 20; i++) {
                rows.add(List.of(alder(i), "0101", day, i == 3 && day.getDayOfWeek() == DayOfWeek.MONDAY ? "T" : "P"));
            }
        }
        TestWorkbooks.workbook().sheet("Daily", rows).writeTo(inbox.resolve("attendance/0101-daily-2026-10.xlsx"));

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.ALL_PRESENT_SHEET);
        assertThat(outcome.warnings().get(0).message()).startsWith("attendance/0101-daily-2026-10.xlsx, sheet "
                + "'Daily': every one of its 20 students is present on every day of October 2026 (100 student-days, "
                + "not one absence)").contains("village.ingest.headers.attendance-status");
        assertThat(outcome.needsAttention()).isTrue();
    }

    @Test
    void warnsOfASchoolAtAHundredPercentAndNamesItInTheDistrictDashboard() throws IOException {
        resendAlderOctober(20);

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.SCHOOL_ATTENDANCE_HIGH);
        String message = outcome.warnings().get(0).message();
        assertThat(message).startsWith("Alder Creek Elementary (0101): attendance for October 2026 reads 100.0% "
                + "over 20 students.");
        // The dashboard words the warning in the report's language; the data manager's sentence is the summary's.
        assertThat(pdfText(out.resolve("2026-10/district-dashboard-2026-10.pdf"))).contains("Check: Alder Creek "
                + "Elementary (0101): an attendance rate for October 2026 too high to be likely.");
        assertThat(pdfText(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf")))
                .doesNotContain("reads 100.0%");
    }

    @Test
    void warnsOfASchoolBelowHalf() throws IOException {
        resendAlderOctober(8);

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.SCHOOL_ATTENDANCE_LOW);
        assertThat(outcome.warnings().get(0).message()).startsWith("Alder Creek Elementary (0101): attendance for "
                + "October 2026 reads 40.0% over 20 students, below 50.0%.");
    }

    @Test
    void warnsOfATermGpaOffTheScale() throws IOException {
        List<List<Object>> marks = new ArrayList<>();
        marks.add(List.of("Student_Number", "SchoolID", "School Year", "Term", "Course", "Grade", "Credits"));
        for (int i = 1; i <= 12; i++) {
            marks.add(List.of(alder(i), "0101", "2026-27", "Q1", "ELA 3", i <= 2 ? "A" : "C", 1));
            marks.add(List.of(alder(i), "0101", "2026-27", "Q1", "Math 3", i == 1 ? "A" : "C", 1));
        }
        TestWorkbooks.workbook().sheet("Grades", marks).writeTo(inbox.resolve("grades/0101-2026-27-Q1.xlsx"));

        RunOutcome outcome = october();

        // a01: (4 + 4) / 2 = 4.0 > 3.5; a02: (4 + 2) / 2 = 3.0; the rest 2.0.
        assertThat(checks(outcome.warnings())).containsExactly(Check.GPA_OFF_SCALE);
        assertThat(outcome.warnings().get(0).message()).startsWith("Alder Creek Elementary (0101): 1 student(s) have "
                + "a Q1 2026-27 GPA outside the grade scale (0 to 3.5).").doesNotContain(alder(1));
    }

    @Test
    void warnsOfAPartnershipWithSessionsButNoHours() throws IOException {
        TestWorkbooks.workbook().sheet("Pantry", List.of(
                List.of("Partnership ID", "Student ID", "Session Date"),
                List.of("P-002", "003001", LocalDate.of(2026, 10, 14)),
                List.of("P-002", "003002", LocalDate.of(2026, 10, 14)),
                List.of("P-002", "003003", LocalDate.of(2026, 10, 21))))
                .writeTo(inbox.resolve("partners/P-002-2026-10.xlsx"));

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.SESSIONS_WITHOUT_HOURS);
        assertThat(outcome.warnings().get(0).message()).isEqualTo("Riverbend Food Bank (P-002): 3 session(s) this "
                + "school year but no hours in any of them, so its dosage and retention read 0. Check the hours "
                + "column of partners/P-002-2026-10.xlsx (village.ingest.headers.hours).");
    }

    @Test
    void warnsOfASchoolThatSentLastMonthButNotThisOne() throws IOException {
        Files.delete(inbox.resolve("attendance/0101-2026-10.xlsx"));

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.ATTENDANCE_STOPPED);
        assertThat(outcome.warnings().get(0).message()).startsWith("Alder Creek Elementary (0101) sent attendance "
                + "for September 2026 but none for October 2026, while other schools did.");
    }

    @Test
    void warnsOfSessionsThatGiveTheirPartnershipNoFigure() throws IOException {
        TestWorkbooks.workbook()
                .sheet("Partnerships", List.of(
                        List.of("Partnership ID", "Partner Name", "Type", "Schools Served", "Start Date",
                                "Minimum Dosage Hours"),
                        List.of("P-001", "Big Brothers Big Sisters of Riverbend", "mentoring", "0101; 0102",
                                LocalDate.of(2026, 8, 17), 6),
                        List.of("P-002", "Riverbend Food Bank", "food and clothing", "0103",
                                LocalDate.of(2026, 11, 2), 1)))
                .writeTo(inbox.resolve("partnerships.xlsx"));

        RunOutcome outcome = october();

        assertThat(checks(outcome.warnings())).containsExactly(Check.PARTICIPATION_WITHOUT_FIGURE);
        assertThat(outcome.warnings().get(0).message()).startsWith("Riverbend Food Bank (P-002): 3 session(s) this "
                + "school year are loaded (partners/P-002-2026-10.xlsx) but give it no students served.");
    }

    /**
     * Attendance and marks whose figures are missing, and marks stored without a school year before such marks were
     * placed or rejected: states the pipeline no longer makes, so the figures and the year are removed by hand.
     */
    @Test
    void warnsOfDataThatGivesNoFigure(@Autowired PlausibilityProperties limits, @Autowired KpiProperties kpi)
            throws IOException {
        List<List<Object>> marks = new ArrayList<>();
        marks.add(List.of("Student_Number", "SchoolID", "School Year", "Term", "Course", "Grade", "Credits"));
        for (int i = 1; i <= 12; i++) {
            marks.add(List.of(alder(i), "0101", "2026-27", "Q1", "ELA 3", "B", 1));
        }
        TestWorkbooks.workbook().sheet("Grades", marks).writeTo(inbox.resolve("grades/0101-2026-27-Q1.xlsx"));
        assertThat(october().warnings()).isEmpty();
        PlausibilityChecks checks = new PlausibilityChecks(jdbc, DataWarnings.SQL, limits, kpi);

        jdbc.sql("DELETE FROM kpi_value WHERE kpi IN ('gpa', 'attendance_rate') AND scope = 'DISTRICT'").update();
        List<DataWarning> found = checks.check(OCTOBER);

        assertThat(checks(found)).containsExactly(Check.ATTENDANCE_WITHOUT_FIGURE, Check.MARKS_WITHOUT_GPA);
        assertThat(found.get(0).message()).startsWith("Attendance for October 2026 was loaded from 3 school(s) but "
                + "gives no attendance rate for the month.");
        assertThat(found.get(1).message()).startsWith("Course marks of 2026-27 (terms Q1) are loaded but give no GPA "
                + "for October 2026.");

        jdbc.sql("UPDATE course_mark SET school_year = NULL").update();
        assertThat(checks.check(OCTOBER)).extracting(DataWarning::message).contains("grades/0101-2026-27-Q1.xlsx, "
                + "sheet 'Grades': 12 course mark(s) have no school year, so they count toward no GPA. Send the file "
                + "again with a School Year column (e.g. 2026-27).");
    }

    @Test
    void aMonthCheckedAgainListsEachWarningOnce() throws IOException {
        resendAlderOctober(20);
        october();
        Files.copy(inbox.resolve("attendance/0102-2026-10.xlsx"), inbox.resolve("attendance/0102-copy.xlsx"));

        RunOutcome again = october();

        assertThat(checks(again.warnings())).containsExactly(Check.SCHOOL_ATTENDANCE_HIGH);
        assertThat(warnings.forMonth(OCTOBER)).hasSize(1);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
