package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.DistrictDatabase;
import org.village.VillageApplication;
import org.village.ingest.TestWorkbooks;
import org.village.quality.DataWarning;
import org.village.report.PdfStandards;

/**
 * The whole monthly job on a district whose figures were worked out by hand ({@link DistrictFixture}): what lands in
 * the KPI table, the rejects table and the PDF. Runs on the embedded H2 database; {@code PostgresMonthlyReportJobTest}
 * runs the same on PostgreSQL.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class MonthlyReportJobTest {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @BeforeEach
    void startFromAnEmptyDistrict() throws IOException {
        jobRepositoryTestUtils.removeJobExecutions();
        DistrictDatabase.empty(jdbc);
        DistrictFixture.writeTo(inbox);
    }

    JobParameters october() {
        return new JobParametersBuilder()
                .addString("month", "2026-10")
                .addString("inbox", inbox.toString())
                .addString("inboxFingerprint", InboxFingerprint.of(inbox))
                .addString("out", out.toString(), false)
                .toJobParameters();
    }

    private BigDecimal kpi(String period, String scopeId, String kpi) {
        return jdbc.sql("SELECT kpi_value FROM kpi_value WHERE report_month = '2026-10' AND period_kind = ? "
                        + "AND scope_id = ? AND subgroup = 'all' AND kpi = ?")
                .params(period, scopeId, kpi).query(BigDecimal.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void computesTheHandWorkedFiguresAndStoresThemByMonth() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(october());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(kpi("MONTH", "district", "attendance_rate")).isEqualByComparingTo("0.979167");
        assertThat(kpi("YEAR_TO_DATE", "district", "attendance_rate")).isEqualByComparingTo("0.981579");
        assertThat(kpi("YEAR_TO_DATE", "district", "chronic_absenteeism")).isEqualByComparingTo("0.111111");
        assertThat(kpi("MONTH", "district", "chronic_absenteeism")).isEqualByComparingTo("0.138889");
        assertThat(kpi("MONTH", "district", "students_enrolled")).isEqualByComparingTo("36");
        assertThat(kpi("MONTH", "0101", "attendance_rate")).isEqualByComparingTo("0.985");
        assertThat(kpi("YEAR_TO_DATE", "0101", "attendance_rate")).isEqualByComparingTo("0.985366");
        assertThat(kpi("YEAR_TO_DATE", "0101", "chronic_absenteeism")).isEqualByComparingTo("0.05");
    }

    @Test
    void suppressesTheSmallSchoolAndTheSiblingThatWouldGiveItAway() throws Exception {
        jobOperatorTestUtils.startJob(october());

        List<Map<String, Object>> suppressed = jdbc.sql("SELECT scope_id, kpi_value, suppression_reason FROM kpi_value "
                + "WHERE report_month = '2026-10' AND suppressed = TRUE AND period_kind = 'MONTH' "
                + "AND kpi = 'attendance_rate' AND subgroup = 'all' ORDER BY scope_id").query().listOfRows();

        assertThat(suppressed).extracting(row -> row.get("scope_id")).containsExactly("0102", "0103");
        assertThat(suppressed).allSatisfy(row -> assertThat(row.get("kpi_value")).isNull());
        assertThat(suppressed.get(1).get("suppression_reason")).isEqualTo("fewer than 10 students");
    }

    @Test
    void keepsEveryRejectedRowWithItsPlaceAndReasonAndLoadsTheRest() throws Exception {
        jobOperatorTestUtils.startJob(october());

        List<Map<String, Object>> rejects = jdbc.sql("SELECT s.file_name, s.sheet_name, r.source_row, r.column_name, "
                + "r.reason_code, r.reason FROM ingest_reject r JOIN ingest_source s ON s.source_id = r.source_id "
                + "ORDER BY s.file_name").query().listOfRows();

        assertThat(rejects).hasSize(DistrictFixture.REJECTED_ROWS);
        assertThat(rejects.get(0)).containsEntry("file_name", "attendance/0101-2026-09.xlsx")
                .containsEntry("sheet_name", "Attendance").containsEntry("source_row", 22)
                .containsEntry("column_name", "student id").containsEntry("reason_code", "UNKNOWN_STUDENT");
        assertThat((String) rejects.get(0).get("reason")).contains("on no roster");
        assertThat(rejects.get(1)).containsEntry("file_name", "attendance/0101-2026-10.xlsx")
                .containsEntry("source_row", 22).containsEntry("column_name", "days present")
                .containsEntry("reason_code", "PRESENT_ABOVE_ENROLLED");
        assertThat((String) rejects.get(1).get("reason")).contains("Days present (22) is more than days enrolled (20)");
        assertThat(count("SELECT COUNT(*) FROM attendance_summary")).isEqualTo(DistrictFixture.ATTENDANCE_ROWS);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM ingest_source").query(String.class).list())
                .containsExactly("LOADED");
    }

    @Test
    void holdsBackAFileWithTooManyRejectsAndSaysSo() throws Exception {
        TestWorkbooks.workbook().sheet("Attendance", List.of(
                List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"),
                List.of(DistrictFixture.id("a", 1), "0101", "2026-08-17", "2026-08-31", 11, 2),
                List.of(DistrictFixture.id("a", 2), "0101", "2026-08-17", "2026-08-31", 11, 12),
                List.of("888888", "0101", "2026-08-17", "2026-08-31", 11, 11)))
                .writeTo(inbox.resolve("attendance/0101-2026-08.xlsx"));

        jobOperatorTestUtils.startJob(october());

        assertThat(jdbc.sql("SELECT status, rows_read, rows_loaded, rows_rejected, problem FROM ingest_source "
                + "WHERE file_name = 'attendance/0101-2026-08.xlsx'").query().singleRow())
                .containsEntry("status", "HELD").containsEntry("rows_read", 3).containsEntry("rows_rejected", 2)
                .satisfies(row -> assertThat((String) row.get("problem")).contains("2 of its 3 rows were rejected"));
        assertThat(kpi("YEAR_TO_DATE", "0101", "attendance_rate")).isEqualByComparingTo("0.985366");
    }

    /**
     * By hand, Alder Creek's 0101 students 1–13. Q1 (the calendar's 10-31): 1–6 an A (4.0), 7–12 a C (2.0), one
     * credit each; Q2, stored 2027-01-15 by the school's system: an F (0.0) for 1–12, not yet ended in October; a
     * "Summer" term the calendar does not know: an A for student 13. October's GPA is Q1's: (6 × 4 + 6 × 2) / 12 =
     * 3.0. The year to date adds the undated summer mark: (24 + 12 + 4) / 13 = 3.076923. Counting Q2 as well would
     * give 1.5 for students 1–12.
     */
    @Test
    void countsEachTermsMarksFromTheMonthTheTermEnded(CapturedOutput log) throws Exception {
        List<List<Object>> calendarTerms = new ArrayList<>();
        calendarTerms.add(List.of("Student_Number", "SchoolID", "School Year", "Term", "Course", "Grade", "Credits"));
        for (int i = 1; i <= 12; i++) {
            calendarTerms.add(List.of(DistrictFixture.id("a", i), "0101", "2026-27", "Q1", "ELA 3", i <= 6 ? "A" : "C",
                    1));
        }
        calendarTerms.add(List.of(DistrictFixture.id("a", 13), "0101", "2026-27", "Summer", "ELA 3", "A", 1));
        TestWorkbooks.workbook().sheet("Grades", calendarTerms).writeTo(inbox.resolve("grades/0101-2026-27-Q1.xlsx"));
        List<List<Object>> stored = new ArrayList<>();
        stored.add(List.of("Student_Number", "SchoolID", "DateStored", "StoreCode", "Course_Number", "Grade",
                "EarnedCrHrs"));
        for (int i = 1; i <= 12; i++) {
            stored.add(List.of(DistrictFixture.id("a", i), "0101", LocalDate.of(2027, 1, 15), "Q2", "ELA 3", "F", 1));
        }
        TestWorkbooks.workbook().sheet("StoredGrades", stored).writeTo(inbox.resolve("grades/0101-2026-27-Q2.xlsx"));

        jobOperatorTestUtils.startJob(october());

        assertThat(kpi("MONTH", "district", "gpa")).isEqualByComparingTo("3");
        assertThat(kpi("MONTH", "0101", "gpa_below_2")).isEqualByComparingTo("0");
        assertThat(kpi("YEAR_TO_DATE", "district", "gpa")).isEqualByComparingTo("3.076923");
        assertThat(log).contains("Course marks of 2026-27 for terms [Summer] have no date stored and no entry in "
                + "village.kpi.term-ends").doesNotContain("[Q1").doesNotContain("Q2,");
    }

    @Test
    void keepsStudentIdsExactlyAsSentAndStoresNoNames() throws Exception {
        jobOperatorTestUtils.startJob(october());

        assertThat(jdbc.sql("SELECT student_id FROM enrolment ORDER BY student_id").query(String.class).list())
                .contains("001001", "002012", "003004", "000999").hasSize(37);
        assertThat(jdbc.sql("SELECT school_id FROM attendance_summary WHERE student_id = '003001'")
                .query(String.class).single()).isEqualTo("0103");
    }

    @Test
    void writesTheDistrictDashboardWithTheFiguresAReaderChecks() throws Exception {
        jobOperatorTestUtils.startJob(october());

        Path pdf = out.resolve("2026-10/district-dashboard-2026-10.pdf");
        assertThat(pdf).exists();
        assertThat(Files.list(pdf.getParent())).containsExactlyInAnyOrder(pdf,
                out.resolve("2026-10/board-packet-2026-10.pdf"), out.resolve("2026-10/schools"),
                out.resolve("2026-10/figures-2026-10.xlsx"), out.resolve("2026-10/figures-ledger-2026-10.csv"),
                out.resolve("2026-10/manifest-2026-10.csv"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Riverbend Unified School District", "October 2026",
                "97.9%", "11.1%", "36",
                "Alder Creek Elementary", "98.5%", "5.0%",
                "École José Martí", "Tiny Academy", "n<10",
                "Attendance summary 3 36 1", "n<10: based on fewer than 10 students, so not shown");
        assertThat(text).doesNotContain("001001", "Nguyễn", "Zoë", "777777");
        PdfStandards.assertPdfUa1(pdf);
        PdfStandards.assertPdfA2a(pdf);
    }

    @Test
    void writesADashboardForEverySchoolWithItsOwnFiguresAndTheSmallSchoolSuppressed() throws Exception {
        jobOperatorTestUtils.startJob(new JobParametersBuilder(october()).addString("month", "2026-09")
                .toJobParameters());
        jobOperatorTestUtils.startJob(october());

        Path schools = out.resolve("2026-10/schools");
        try (var files = Files.list(schools)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("school-dashboard-0101-2026-10.pdf",
                            "school-dashboard-0102-2026-10.pdf", "school-dashboard-0103-2026-10.pdf");
        }
        // Alder Creek: October 394/400 = 98.5%; September 414/420 = 98.6%, so -0.1 points since last month;
        // chronic 1 of 20 = 5.0% year to date; 20 students enrolled in October.
        String alder = pdfText(schools.resolve("school-dashboard-0101-2026-10.pdf"));
        assertThat(alder).contains("School dashboard: Alder Creek Elementary", "October 2026", "98.5%",
                "\u22120.1 pts since last month", "5.0%", "20", "Attendance rate by month", "Sep Oct",
                "98.6% 98.5%");
        assertThat(alder).doesNotContain("École José Martí", "001001");
        String tiny = pdfText(schools.resolve("school-dashboard-0103-2026-10.pdf"));
        assertThat(tiny).contains("School dashboard: Tiny Academy", "n<10",
                "n<10: based on fewer than 10 students, so not shown").doesNotContain("100.0%");
        PdfStandards.assertPdfUa1(schools.resolve("school-dashboard-0101-2026-10.pdf"));
        PdfStandards.assertPdfA2a(schools.resolve("school-dashboard-0101-2026-10.pdf"));
    }

    @Test
    void writesAStoryOnlyWhereThePartnerConsentedAndTheBoardPacketWithItsMoney() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);

        jobOperatorTestUtils.startJob(october());

        Path stories = out.resolve("2026-10/stories");
        try (var files = Files.list(stories)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly("success-story-P-001-2026-10.pdf");
        }
        String story = pdfText(stories.resolve("success-story-P-001-2026-10.pdf"));
        assertThat(story).contains("Partnership story: Big Brothers Big Sisters of Riverbend",
                "Mentors who keep showing up", "someone is waiting for me", "A fourth-grader",
                "Students served", "12", "65", "33.3%");
        // No baseline year, so no effect: nothing about one either.
        assertThat(story).doesNotContain("Not for publication", "001001", "Effects are estimates", "No clear change");
        PdfStandards.assertPdfUa1(stories.resolve("success-story-P-001-2026-10.pdf"));
        PdfStandards.assertPdfA2a(stories.resolve("success-story-P-001-2026-10.pdf"));

        // Year to date: P-001 $2,000 + $500 + $2,261 = $4,761, $397 per student served; P-002 a $1,000 grant +
        // $417 of volunteer time = $1,417; all partnerships $3,000 + $500 + $2,679 = $6,179 for 15 students, $412.
        String board = pdfText(out.resolve("2026-10/board-packet-2026-10.pdf"));
        assertThat(board).contains("Board report: partnership investment and outcomes", "Assumptions",
                "$34.79 an hour", "Investment this school year, month by month", "Cost per day gained");
        assertThat(lineWith(board, "$2,000 $500")).startsWith("Big Brothers Big Sisters")
                .contains("$2,000 $500 $2,261 $4,761 $397");
        assertThat(lineWith(board, "$1,000 $0")).startsWith("Riverbend Food Bank").contains("$1,000 $0 $417 $1,417 n<10");
        assertThat(lineWith(board, "$3,000 $500")).startsWith("All partnerships")
                .contains("$3,000 $500 $2,679 $6,179 $412");
        // Page 1 answers what it cost and what students gained: nothing committed in the registry, $2,500 received
        // (cash and in kind), 12 served at $397 each (with volunteer time); P-002's 3 students are too few to show.
        assertThat(lineWith(board, "$2,500")).startsWith("Big Brothers").contains("\u2013 $2,500 12 $397");
        assertThat(lineWith(board, "\u2013 $1,000")).startsWith("Riverbend Food").contains("\u2013 $1,000 n<10 n<10");
        PdfStandards.assertPdfUa1(out.resolve("2026-10/board-packet-2026-10.pdf"));
        PdfStandards.assertPdfA2a(out.resolve("2026-10/board-packet-2026-10.pdf"));

        // The dashboard's scorecard: P-001 served 12, last check-in at risk; its goal, an attendance rate of 97.0% by
        // June 4, 2027, stands at 97.6%: 100.6% achieved, on track.
        String dashboard = pdfText(out.resolve("2026-10/district-dashboard-2026-10.pdf"));
        assertThat(lineWith(dashboard, "Big Brothers Big Sisters")).contains("12", "At risk");
        assertThat(lineWith(dashboard, "100.6%")).startsWith("Big Brothers Big Sisters")
                .contains("Attendance rate 97.0% Jun 4, 2027 97.6% 100.6% On track");
        assertThat(dashboard).contains("Effects are estimates", "Volunteer hours, year to date", "77");
    }

    /**
     * Data received for October, by dataset, every one counted ({@link DistrictFixture} with its partnerships): the
     * district's list of 3 schools and roster of 37; the three schools' October summaries, 20 + 12 + 4 = 36 rows
     * loaded and Alder Creek's one row of more days present than enrolled rejected (September's file and its reject
     * are not October's); the registry's 2 partnerships and 1 goal; October's participation from P-001 (24 rows) and
     * P-002 (3); 3 volunteer rows, 3 contributions, 2 check-ins, 2 stories: 13 sheets, 116 rows, 1 rejected. Alder
     * Creek's dashboard counts its own summary alone, 1 sheet of 20 rows and 1 rejected, and says it also rests on
     * 9 shared sheets (all but the three schools' summaries and P-002's, which does not serve it). The public story
     * prints none of it, only the day the data runs through.
     */
    @Test
    void countsEveryDatasetReceivedScopedToTheSchoolAndLeavesItOffThePublicStory() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);

        jobOperatorTestUtils.startJob(october());

        String district = pdfText(out.resolve("2026-10/district-dashboard-2026-10.pdf"));
        assertThat(lineWith(district, "Sheets Rows loaded")).contains("Sheets Rows loaded Rows rejected");
        assertThat(lineWith(district, "Schools 1")).endsWith("Schools 1 3 0");
        assertThat(lineWith(district, "Student roster")).endsWith("1 37 0");
        assertThat(lineWith(district, "Attendance summary")).endsWith("3 36 1");
        assertThat(lineWith(district, "Participation 2")).endsWith("2 27 0");
        assertThat(lineWith(district, "All data")).endsWith("13 116 1");
        String board = pdfText(out.resolve("2026-10/board-packet-2026-10.pdf"));
        assertThat(lineWith(board, "All data")).endsWith("13 116 1");

        String alder = pdfText(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf"));
        assertThat(lineWith(alder, "Attendance summary")).endsWith("Attendance summary 1 20 1");
        assertThat(alder.replaceAll("\\s+", " ")).contains("Also used: 9 sheets sent for the whole district, "
                + "several schools or a partnership serving Alder Creek Elementary (schools, student roster, "
                + "partnerships, partnership goals, participation, volunteer hours, contributions, check-ins, "
                + "success stories).");
        assertThat(alder).doesNotContain("All data", "36 1", "116");
        String tiny = pdfText(out.resolve("2026-10/schools/school-dashboard-0103-2026-10.pdf"));
        assertThat(lineWith(tiny, "Attendance summary")).endsWith("Attendance summary 1 4 0");

        String story = pdfText(out.resolve("2026-10/stories/success-story-P-001-2026-10.pdf"));
        assertThat(story.replaceAll("\\s+", " ")).contains("Based on data received through October 31, 2026.")
                .doesNotContain("Rows loaded", "rejected", "Data received");
    }

    /**
     * Complementary suppression and group sizes, by hand ({@link DistrictFixture}, the roster with groups): Tiny
     * Academy's 4 students are a small group (n<10); École José Martí's 12 are withheld beside them only so that Tiny
     * Academy's figures cannot be worked out from the district's, and say so, not "fewer than 10". Alder Creek's
     * equity table starts with all 20 students (band 20–49), year to date 808/820 = 98.5%, chronic 1 of 20 = 5.0%;
     * its girls and boys are 10 each (band 10–19), and withheld: École José Martí's 6 girls and Tiny Academy's 2 are
     * fewer than 10 together, and the district's girls minus Alder Creek's would give them (the same for the boys).
     * Tiny Academy's all students are below the minimum, "<10". The workbook marks École José Martí's cells the same
     * way.
     */
    @Test
    void footnotesAFigureWithheldForASmallerGroupAsSuchAndBandsEachGroupsSize() throws Exception {
        DistrictFixture.writeRosterWithGroupsTo(inbox);

        jobOperatorTestUtils.startJob(october());

        String district = pdfText(out.resolve("2026-10/district-dashboard-2026-10.pdf"));
        assertThat(lineWith(district, "École José Martí")).contains("withheld").doesNotContain("n<10");
        assertThat(lineWith(district, "Tiny Academy")).contains("n<10").doesNotContain("withheld");
        assertThat(district.replaceAll("\\s+", " ")).contains("withheld: withheld so that a smaller group cannot be "
                + "worked out from the figures shown; it is not itself a small group.",
                "n<10: based on fewer than 10 students");

        String alder = pdfText(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf"));
        assertThat(lineWith(alder, "All students 20")).isEqualTo("All students 20\u201349 98.5% \u2013 5.0%");
        assertThat(lineWith(alder, "Gender: F ")).startsWith("Gender: F 10\u201319 withheld");
        assertThat(lineWith(alder, "Gender: M ")).startsWith("Gender: M 10\u201319 withheld");
        assertThat(alder.indexOf("All students 20")).isLessThan(alder.indexOf("Gender: F "));
        String tiny = pdfText(out.resolve("2026-10/schools/school-dashboard-0103-2026-10.pdf"));
        assertThat(lineWith(tiny, "All students <10")).startsWith("All students <10 n<10");

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.resolve("2026-10/figures-2026-10.xlsx").toFile())) {
            var marks = new ArrayList<String>();
            workbook.getSheet("Figures").forEach(row -> {
                if ("0102".equals(row.getCell(3).getStringCellValue())
                        && "all".equals(row.getCell(5).getStringCellValue()) && row.getCell(11) != null) {
                    marks.add(row.getCell(11).getStringCellValue());
                }
            });
            assertThat(marks).isNotEmpty().allSatisfy(mark -> assertThat(mark)
                    .startsWith("withheld: withheld so that a smaller group cannot be worked out"));
        }
    }

    /**
     * A month with nothing to say: July 2026, before P-001 (17 August) and P-002 (1 September) started and before any
     * student's entry date. The board packet says so in one line, with no table or chart of nothing; no school has a
     * student, so no school dashboard is written, and the run's summary names each one and why.
     */
    @Test
    void saysInOneLineOrDoesNotWriteAReportForAMonthWithNothingToSayAndTheRunSaysWhich() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);

        RunOutcome july = monthlyRun.run(YearMonth.of(2026, 7), inbox, out);

        assertThat(july.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        String board = pdfText(out.resolve("2026-07/board-packet-2026-07.pdf")).replaceAll("\\s+", " ");
        assertThat(board).contains("No partnership had started by July 31, 2026, so there is no investment or "
                + "outcome to report to the board for July 2026.")
                .doesNotContain("$", "Investment this school year", "Partnership Served", "Data received");
        assertThat(out.resolve("2026-07/schools/school-dashboard-0101-2026-07.pdf")).doesNotExist();
        assertThat(july.notWritten()).containsExactly(
                "school dashboard of Alder Creek Elementary (0101): no students on its roster or in its attendance "
                        + "this month or school year",
                "school dashboard of École José Martí (0102): no students on its roster or in its attendance this "
                        + "month or school year",
                "school dashboard of Tiny Academy (0103): no students on its roster or in its attendance this month "
                        + "or school year");
        PdfStandards.assertPdfUa1(out.resolve("2026-07/board-packet-2026-07.pdf"));
    }

    /**
     * P-001 serves Alder Creek and École José Martí: a01..a12 at Alder Creek as in {@link DistrictFixture}, and its
     * October file also lists b01..b10 at École José Martí, 22 in all. Each school's dashboard shows the partnership's
     * participants there, 12 and 10; the district's shows 22; the goals, the partnership's, say "all schools".
     * P-002's 3 students at Tiny Academy are stored at that school too, suppressed.
     */
    @Test
    void showsEachSchoolThePartnershipsParticipantsThereAndItsWholeOnlyWhereItSaysAllSchools() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);
        List<List<Object>> october = new ArrayList<>();
        october.add(List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"));
        for (int i = 1; i <= 12; i++) {
            october.add(List.of("P-001", DistrictFixture.id("a", i), LocalDate.of(2026, 10, 7), 1.5, "mentoring"));
        }
        for (int i = 1; i <= 10; i++) {
            october.add(List.of("P-001", DistrictFixture.id("b", i), LocalDate.of(2026, 10, 14), 1, "mentoring"));
        }
        TestWorkbooks.workbook().sheet("Sessions", october).writeTo(inbox.resolve("partners/P-001-2026-10.xlsx"));

        jobOperatorTestUtils.startJob(october());

        assertThat(servedAt("P-001", "all")).isEqualByComparingTo("22");
        assertThat(servedAt("P-001", "school:0101")).isEqualByComparingTo("12");
        assertThat(servedAt("P-001", "school:0102")).isEqualByComparingTo("10");
        assertThat(jdbc.sql("SELECT suppression_reason FROM kpi_value WHERE report_month = '2026-10' "
                + "AND period_kind = 'YEAR_TO_DATE' AND scope_id = 'P-002' AND subgroup = 'school:0103' "
                + "AND kpi = 'students_served' AND kpi_value IS NULL").query(String.class).single())
                .isEqualTo("fewer than 10 students");
        String alder = pdfText(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf"));
        assertThat(lineWith(alder, "Big Brothers")).contains(" 12 ").doesNotContain("22");
        assertThat(Files.readAllLines(out.resolve("2026-10/figures-ledger-2026-10.csv"))).as("the columns' labels")
                .anySatisfy(line -> assertThat(line).startsWith("schools/school-dashboard-0101-2026-10.pdf,1,"
                        + "scorecard,Big Brothers Big Sisters of Riverbend,Served at this school,12,COUNT,12,"))
                .anySatisfy(line -> assertThat(line).startsWith("schools/school-dashboard-0101-2026-10.pdf,")
                        .contains(",goals,Big Brothers Big Sisters of Riverbend,Share achieved,"));
        String martí = pdfText(out.resolve("2026-10/schools/school-dashboard-0102-2026-10.pdf"));
        assertThat(lineWith(martí, "Big Brothers")).contains(" 10 ").doesNotContain("22");
        assertThat(lineWith(pdfText(out.resolve("2026-10/district-dashboard-2026-10.pdf")), "Big Brothers"))
                .contains(" 22 ");
    }

    /**
     * P-100's participants (a01..a10) all attend Alder Creek, against a11..a20 there: the effect for them is the
     * partnership's, worked by hand in {@link DistrictFixture#writeBaselineYearTo}, and Alder Creek's dashboard prints
     * it as the effect at this school.
     */
    @Test
    void estimatesTheEffectForAPartnershipsParticipantsAtTheirSchool() throws Exception {
        DistrictFixture.writeBaselineYearTo(inbox);

        jobOperatorTestUtils.startJob(october());

        Map<String, Object> row = jdbc.sql("SELECT kpi_value, lower_bound, upper_bound, n, suppressed FROM kpi_value "
                + "WHERE report_month = '2026-10' AND scope_id = 'P-100' AND subgroup = 'school:0101' "
                + "AND kpi = 'attendance_effect'").query().singleRow();
        assertThat((BigDecimal) row.get("kpi_value")).isEqualByComparingTo("0.115");
        assertThat(((BigDecimal) row.get("lower_bound")).doubleValue()).isCloseTo(0.0755, within(0.0005));
        assertThat(((BigDecimal) row.get("upper_bound")).doubleValue()).isCloseTo(0.1545, within(0.0005));
        assertThat(((Number) row.get("n")).intValue()).isEqualTo(10);
        String alder = pdfText(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf"));
        assertThat(alder).contains("Effect at this school");
        assertThat(lineWith(alder, "Riverbend Reading Buddies")).contains("+11.5 pts (+7.");
    }

    private BigDecimal servedAt(String partnership, String subgroup) {
        return jdbc.sql("SELECT kpi_value FROM kpi_value WHERE report_month = '2026-10' AND period_kind = "
                        + "'YEAR_TO_DATE' AND scope = 'PARTNERSHIP' AND scope_id = ? AND subgroup = ? "
                        + "AND kpi = 'students_served'")
                .params(partnership, subgroup).query(BigDecimal.class).single();
    }

    @Test
    void loadsNothingTwiceWhenTheSameFilesComeAgain() throws Exception {
        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status())
                .isEqualTo(RunOutcome.Status.ALREADY_COMPLETE);
        Files.copy(inbox.resolve("attendance/0102-2026-10.xlsx"), inbox.resolve("attendance/resent-copy.xlsx"));

        RunOutcome rerun = monthlyRun.run(YearMonth.of(2026, 10), inbox, out);

        assertThat(rerun.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(rerun.rowsLoaded()).isZero();
        assertThat(count("SELECT COUNT(*) FROM attendance_summary")).isEqualTo(DistrictFixture.ATTENDANCE_ROWS);
        assertThat(kpi("MONTH", "district", "attendance_rate")).isEqualByComparingTo("0.979167");
    }

    @Test
    void restartsAFailedMonthWhereItStoppedWithoutLoadingAnythingTwice() throws Exception {
        Path blocked = Files.writeString(out.resolve("not-a-folder"), "a file where the reports should go");

        RunOutcome failed = monthlyRun.run(YearMonth.of(2026, 10), inbox, blocked);

        assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(failed.failure()).doesNotContain("\tat ").doesNotContain("\n");
        assertThat(count("SELECT COUNT(*) FROM attendance_summary")).isEqualTo(DistrictFixture.ATTENDANCE_ROWS);

        RunOutcome restarted = monthlyRun.run(YearMonth.of(2026, 10), inbox, out);

        assertThat(restarted.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(restarted.rowsLoaded()).isZero();
        assertThat(count("SELECT COUNT(*) FROM attendance_summary")).isEqualTo(DistrictFixture.ATTENDANCE_ROWS);
        assertThat(count("SELECT COUNT(*) FROM ingest_reject")).isEqualTo(DistrictFixture.REJECTED_ROWS);
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(kpi("YEAR_TO_DATE", "district", "attendance_rate")).isEqualByComparingTo("0.981579");
        assertThat(out.resolve("2026-10/district-dashboard-2026-10.pdf")).isNotEmptyFile();
    }

    @Test
    void aCorrectedFileReplacesOnlyTheVersionItCorrects() throws Exception {
        monthlyRun.run(YearMonth.of(2026, 10), inbox, out);
        List<List<Object>> corrected = new java.util.ArrayList<>();
        corrected.add(List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Absent"));
        for (int i = 1; i <= 12; i++) {
            corrected.add(List.of(DistrictFixture.id("b", i), "0102", "2026-10-01", "2026-10-31", 20, 0));
        }
        TestWorkbooks.workbook().sheet("Sheet1", corrected)
                .writeTo(inbox.resolve("attendance/0102-2026-10-corrected.xlsx"));

        RunOutcome rerun = monthlyRun.run(YearMonth.of(2026, 10), inbox, out);

        assertThat(rerun.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(rerun.rowsLoaded()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT file_name, status FROM ingest_source WHERE file_name LIKE 'attendance/0102%' "
                + "ORDER BY source_id").query().listOfRows())
                .extracting(row -> row.get("file_name") + " " + row.get("status"))
                .containsExactly("attendance/0102-2026-10.xlsx REPLACED",
                        "attendance/0102-2026-10-corrected.xlsx LOADED");
        // October: 394 + 240 + 80 present of 720 enrolled, with every day at École José Martí now attended.
        assertThat(kpi("MONTH", "district", "attendance_rate")).isEqualByComparingTo("0.991667");
        assertThat(kpi("MONTH", "0101", "attendance_rate")).isEqualByComparingTo("0.985");
        String text;
        try (PDDocument document = Loader.loadPDF(out.resolve("2026-10/district-dashboard-2026-10.pdf").toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("attendance/0102-2026-10-corrected.xlsx replaces attendance/0102-2026-10.xlsx");
    }

    /**
     * The baseline is summed once and kept: a later month reads it back unchanged, and a corrected file for the
     * baseline period makes the next run sum it again ({@link DistrictFixture#writeBaselineYearTo}).
     */
    @Test
    void keepsEachBaselineUntilAFileOfItsPeriodChanges() throws Exception {
        DistrictFixture.writeBaselineYearTo(inbox);

        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);

        assertEffect("2026-10", "0.115", "0.0755", "0.1545");
        Map<String, Object> summed = attendanceBaseline();
        assertThat(summed.get("students")).isEqualTo(20L);

        assertThat(monthlyRun.run(YearMonth.of(2026, 11), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);

        assertEffect("2026-11", "0.115", "0.0755", "0.1545");
        Map<String, Object> readBack = attendanceBaseline();
        assertThat(readBack.get("baseline_id")).isEqualTo(summed.get("baseline_id"));
        assertThat(readBack.get("summed_at")).isEqualTo(summed.get("summed_at"));

        DistrictFixture.writeBaselineSeptemberTo(inbox.resolve("attendance/0101-2025-09-corrected.xlsx"), true);
        assertThat(monthlyRun.run(YearMonth.of(2026, 11), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);

        assertEffect("2026-11", "0.04", "0.0031", "0.0769");
        Map<String, Object> summedAgain = attendanceBaseline();
        assertThat(summedAgain.get("baseline_id")).isNotEqualTo(summed.get("baseline_id"));
        assertThat(count("SELECT COUNT(*) FROM effect_baseline_student s JOIN effect_baseline b "
                + "ON b.baseline_id = s.baseline_id WHERE b.baseline_key LIKE 'attendance%'")).isEqualTo(20);
    }

    /**
     * Trend history (issue 21): a run of October alone charts every month whose attendance is loaded, each at the
     * figure a run of that month stores. By hand, September 2026: Alder Creek 414/420, and Tiny Academy's four
     * students 84/84, withheld, with Alder Creek withheld beside it (or Tiny Academy's rate could be worked out from
     * the district's); the district 498/504 = 98.8%. September 2025, the baseline year
     * ({@link DistrictFixture#writeBaselineYearTo}), Alder Creek alone: 16 + 14 + 4 × 16 + 4 × 18 + 5 × 19 + 5 × 20 =
     * 361/400 = 90.25%; with the corrected file (the comparison students 18 days each) 166 + 180 = 346/400 = 86.5%.
     */
    @Test
    void chartsEveryLoadedMonthAtTheFigureARunOfThatMonthStores() throws Exception {
        DistrictFixture.writeBaselineYearTo(inbox);
        List<List<Object>> tiny = new ArrayList<>();
        tiny.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 4; i++) {
            tiny.add(List.of(DistrictFixture.id("c", i), "0103", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                    21, 21));
        }
        TestWorkbooks.workbook().sheet("Attendance", tiny).writeTo(inbox.resolve("attendance/0103-2026-09.xlsx"));

        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);

        assertThat(monthlyRates("2026-09")).containsExactly(
                "DISTRICT district 0.988095 n=24 attendance-history",
                "SCHOOL 0101 withheld n=20 (protects a smaller group that could otherwise be worked out from the "
                        + "total) attendance-history",
                "SCHOOL 0103 withheld n=4 (fewer than 10 students) attendance-history");
        assertThat(monthlyRates("2025-09")).containsExactly("DISTRICT district 0.9025 n=20 attendance-history",
                "SCHOOL 0101 0.9025 n=20 attendance-history");
        assertThat(flat(out.resolve("2026-10/district-dashboard-2026-10.pdf"))).contains(
                "School year Sep Oct 2026\u201327 98.8% 97.9%", "2025\u201326 90.3% \u2013");
        assertThat(flat(out.resolve("2026-10/schools/school-dashboard-0101-2026-10.pdf"))).contains(
                "School year Sep Oct 2026\u201327 \u2013 98.5% 2025\u201326 90.3% \u2013");

        // A corrected file for September 2025 makes a new run of October: that month, and only that month, again.
        Object septemberComputedAt = computedAt("2026-09");
        DistrictFixture.writeBaselineSeptemberTo(inbox.resolve("attendance/0101-2025-09-corrected.xlsx"), true);
        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);

        assertThat(monthlyRates("2025-09")).containsExactly("DISTRICT district 0.865 n=20 attendance-history",
                "SCHOOL 0101 0.865 n=20 attendance-history");
        assertThat(computedAt("2026-09")).isEqualTo(septemberComputedAt);

        // Each month run on its own stores what October's run stored for it; then the run's figures stand, and the
        // later month's history leaves them alone.
        List<String> september2025 = monthlyRates("2025-09");
        List<String> september2026 = monthlyRates("2026-09");
        assertThat(monthlyRun.run(YearMonth.of(2025, 9), inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(monthlyRun.run(YearMonth.of(2026, 9), inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);

        assertThat(monthlyRates("2025-09")).isEqualTo(september2025.stream()
                .map(rate -> rate.replace("attendance-history", "attendance")).toList());
        assertThat(monthlyRates("2026-09")).isEqualTo(september2026.stream()
                .map(rate -> rate.replace("attendance-history", "attendance")).toList());
    }

    /**
     * A story prints only what supports it or honestly qualifies it (issue 21). P-100 of
     * {@link DistrictFixture#writeBaselineYearTo}, planning 20 hours a student, with its September 2025 such that, by
     * hand: participants a01..a10 present 18, 14, then 18 where odd and 20 where even, so their changes to October are
     * five of +0.1 and five of 0 (mean 0.05, variance 0.025/9); comparison students a11..a20 present 19 where odd and
     * 20 where even, so +0.05 and 0 (mean 0.025, variance 0.00625/9). Effect +0.025, standard error
     * sqrt(0.025/90 + 0.00625/90) = 0.018634 on 13.2 degrees of freedom, t = 2.157: 95% interval -0.0152 to +0.0652,
     * which includes zero. Nobody reached the 20 hours (one hour each): 0 of 10.
     */
    @Test
    void aStoryWordsAnEffectThatCouldBeZeroAsNoClearChangeAndLeavesOffAZeroShare() throws Exception {
        DistrictFixture.writeBaselineYearTo(inbox);
        TestWorkbooks.workbook().sheet("Partnerships", List.of(
                List.of("Partnership ID", "Partner Name", "Type", "Schools Served", "Start Date",
                        "Minimum Dosage Hours"),
                List.of("P-100", "Riverbend Reading Buddies", "mentoring", "0101", LocalDate.of(2026, 8, 17), 20)))
                .writeTo(inbox.resolve("partnerships.xlsx"));
        List<List<Object>> september = new ArrayList<>();
        september.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            int present = i > 10 ? (i % 2 == 1 ? 19 : 20) : i == 1 ? 18 : i == 2 ? 14 : i % 2 == 1 ? 18 : 20;
            september.add(List.of(DistrictFixture.id("a", i), "0101", LocalDate.of(2025, 9, 1),
                    LocalDate.of(2025, 9, 30), 20, present));
        }
        TestWorkbooks.workbook().sheet("Attendance", september).writeTo(inbox.resolve("attendance/0101-2025-09.xlsx"));
        TestWorkbooks.workbook().sheet("Stories", List.of(
                List.of("Partnership ID", "Story Date", "Title", "Story", "Consent to Publish"),
                List.of("P-100", LocalDate.of(2026, 10, 12), "Reading together", "Buddies read on Mondays.", "Yes")))
                .writeTo(inbox.resolve("partners/stories-2026-10.xlsx"));

        RunOutcome outcome = monthlyRun.run(YearMonth.of(2026, 10), inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertEffect("2026-10", "0.025", "-0.0152", "0.0652");
        String story = flat(out.resolve("2026-10/stories/success-story-P-100-2026-10.pdf"));
        assertThat(story).contains("Students served this school year 10",
                "No clear change in attendance yet. Estimated effect, with its 95% interval: +2.5 pts (\u22121.5 to "
                        + "+6.5). The interval includes zero, so there may be no change at all.",
                "Effects are estimates");
        assertThat(story).doesNotContain("planned hours", "0.0%", "Similar students not served");
        assertThat(outcome.warnings()).filteredOn(warning -> warning.check() == DataWarning.Check.STORY_NOT_SUPPORTED)
                .extracting(DataWarning::message).containsExactly(
                        "For the communications office: the success story of Riverbend Reading Buddies (P-100) "
                                + "(dated October 12, 2026): students reaching the planned hours is 0%: none of those "
                                + "served has reached them yet, so the page leaves it off.",
                        "For the communications office: the success story of Riverbend Reading Buddies (P-100) "
                                + "(dated October 12, 2026): the estimated effect on attendance, +2.5 points (95% "
                                + "interval -1.5 to +6.5 points), could be zero, so the page says \"no clear change "
                                + "yet\" instead of showing a gain.");
        assertThat(outcome.needsAttention()).isTrue();
        assertThat(flat(out.resolve("2026-10/district-dashboard-2026-10.pdf"))).doesNotContain("communications");
    }

    /** The month's all-students attendance rates of the district and each school, as stored and by whom. */
    private List<String> monthlyRates(String month) {
        return jdbc.sql("SELECT scope, scope_id, kpi_value, n, suppressed, suppression_reason, computed_by "
                        + "FROM kpi_value WHERE report_month = ? AND period_kind = 'MONTH' AND subgroup = 'all' "
                        + "AND kpi = 'attendance_rate' AND scope IN ('DISTRICT', 'SCHOOL') ORDER BY scope, scope_id")
                .param(month).query((rs, i) -> rs.getString("scope") + " " + rs.getString("scope_id") + " "
                        + (rs.getBoolean("suppressed") ? "withheld" : rs.getBigDecimal("kpi_value").stripTrailingZeros()
                                .toPlainString())
                        + " n=" + rs.getInt("n")
                        + (rs.getBoolean("suppressed") ? " (" + rs.getString("suppression_reason") + ")" : "") + " "
                        + rs.getString("computed_by"))
                .list();
    }

    private Object computedAt(String month) {
        return jdbc.sql("SELECT MAX(computed_at) FROM kpi_value WHERE report_month = ?").param(month).query()
                .singleValue();
    }

    private void assertEffect(String month, String effect, String lower, String upper) {
        Map<String, Object> row = jdbc.sql("SELECT kpi_value, lower_bound, upper_bound, n FROM kpi_value "
                        + "WHERE report_month = ? AND scope_id = 'P-100' AND subgroup = 'all' "
                        + "AND kpi = 'attendance_effect'")
                .param(month).query().singleRow();
        assertThat((BigDecimal) row.get("kpi_value")).isEqualByComparingTo(effect);
        assertThat(((BigDecimal) row.get("lower_bound")).doubleValue()).isCloseTo(Double.parseDouble(lower),
                within(0.0005));
        assertThat(((BigDecimal) row.get("upper_bound")).doubleValue()).isCloseTo(Double.parseDouble(upper),
                within(0.0005));
        assertThat(((Number) row.get("n")).intValue()).isEqualTo(10);
    }

    private Map<String, Object> attendanceBaseline() {
        return jdbc.sql("SELECT b.baseline_id, b.summed_at, (SELECT COUNT(*) FROM effect_baseline_student s "
                + "WHERE s.baseline_id = b.baseline_id) AS students FROM effect_baseline b "
                + "WHERE b.baseline_key LIKE 'attendance%'").query().singleRow();
    }

    @TempDir
    Path yearSummaryInbox;

    /**
     * A district whose only attendance is one summary row per student for the school year 2025-26, 2 September to
     * 12 June, 180 days enrolled. By hand: Alder Creek (0101), 12 students: two present 160 days (20 missed, 11.1%:
     * chronic), ten present 171 (9 missed, 5.0%): (2 × 160 + 10 × 171) / (12 × 180) = 2,030 / 2,160 = 93.98%,
     * chronic 2 of 12 = 16.7%. École José Martí (0102), 10 students present 175: 1,750 / 1,800 = 97.22%, chronic 0.
     * District: 3,780 / 3,960 = 95.45%, chronic 2 of 22 = 9.1%. Everyone is on the roster from 20 August 2025.
     */
    private void writeYearSummaryDistrict() throws IOException {
        List<List<Object>> roster = new ArrayList<>();
        roster.add(List.of("Student_Number", "SchoolID", "Grade_Level", "EntryDate"));
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 12; i++) {
            roster.add(List.of(DistrictFixture.id("a", i), "0101", "3", LocalDate.of(2025, 8, 20)));
            summary.add(List.of(DistrictFixture.id("a", i), "0101", LocalDate.of(2025, 9, 2), LocalDate.of(2026, 6, 12),
                    180, i <= 2 ? 160 : 171));
        }
        for (int i = 1; i <= 10; i++) {
            roster.add(List.of(DistrictFixture.id("b", i), "0102", "K", LocalDate.of(2025, 8, 20)));
            summary.add(List.of(DistrictFixture.id("b", i), "0102", LocalDate.of(2025, 9, 2), LocalDate.of(2026, 6, 12),
                    180, 175));
        }
        TestWorkbooks.workbook()
                .sheet("Schools", List.of(List.of("School ID", "School Name", "Level"),
                        List.of("0101", "Alder Creek Elementary", "ELEMENTARY"),
                        List.of("0102", "École José Martí", "ELEMENTARY")))
                .sheet("Roster 2025-26", roster)
                .writeTo(yearSummaryInbox.resolve("district-2025-26.xlsx"));
        TestWorkbooks.workbook().sheet("Attendance", summary)
                .writeTo(yearSummaryInbox.resolve("attendance/year-2025-26.xlsx"));
    }

    private RunOutcome runYearSummaryDistrict(YearMonth month) throws IOException {
        RunOutcome outcome = monthlyRun.run(month, yearSummaryInbox, out);
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        return outcome;
    }

    private List<String> kpiRows(String month, String kpi) {
        return jdbc.sql("SELECT period_kind, scope_id, kpi_value FROM kpi_value WHERE report_month = ? AND kpi = ? "
                        + "AND subgroup = 'all' ORDER BY period_kind, scope_id")
                .params(month, kpi).query((rs, i) -> rs.getString("period_kind") + " " + rs.getString("scope_id")
                        + " " + rs.getBigDecimal("kpi_value").stripTrailingZeros().toPlainString())
                .list();
    }

    @Test
    void printsASummaryOfSeveralMonthsWithItsPeriodAndNeverAsTheMonthsFigure() throws Exception {
        writeYearSummaryDistrict();

        runYearSummaryDistrict(YearMonth.of(2026, 6));

        assertThat(kpiRows("2026-06", "attendance_rate")).containsExactly("YEAR_TO_DATE 0101 0.939815",
                "YEAR_TO_DATE 0102 0.972222", "YEAR_TO_DATE district 0.954545");
        assertThat(kpiRows("2026-06", "chronic_absenteeism")).containsExactly("YEAR_TO_DATE 0101 0.166667",
                "YEAR_TO_DATE 0102 0", "YEAR_TO_DATE district 0.090909");
        assertThat(jdbc.sql("SELECT scope_id, first_day, last_day FROM attendance_period WHERE report_month = "
                + "'2026-06' ORDER BY scope_id").query((rs, i) -> rs.getString(1) + " " + rs.getObject(2,
                        LocalDate.class) + " " + rs.getObject(3, LocalDate.class)).list())
                .containsExactly("0101 2025-09-02 2026-06-12", "0102 2025-09-02 2026-06-12",
                        "district 2025-09-02 2026-06-12");

        String district = flat(out.resolve("2026-06/district-dashboard-2026-06.pdf"));
        assertThat(district).doesNotContain("Attendance rate, June 2026").contains(
                "Attendance rate, Sep 2, 2025 to Jun 12, 2026 95.5%",
                "No figure for June 2026 alone: its attendance came in one summary of the whole period.",
                "Chronic absenteeism, Sep 2, 2025 to Jun 12, 2026 9.1%",
                "Year to date at Alder Creek Elementary, École José Martí: Sep 2, 2025 to Jun 12, 2026, the period "
                        + "of the attendance summary sent.",
                "Attendance by student group, Sep 2, 2025 to Jun 12, 2026",
                "No attendance received for June 2026 from: Alder Creek Elementary, École José Martí.");
        String alder = flat(out.resolve("2026-06/schools/school-dashboard-0101-2026-06.pdf"));
        assertThat(alder).doesNotContain("Attendance rate, June 2026").contains(
                "Attendance rate, Sep 2, 2025 to Jun 12, 2026 94.0%",
                "Chronic absenteeism, Sep 2, 2025 to Jun 12, 2026 16.7%", "Students on the roster, June 2026 12");
    }

    @Test
    void aMonthWithARosterButNoAttendanceStillHasEachSchoolsDashboardWithItsEnrolment() throws Exception {
        writeYearSummaryDistrict();

        runYearSummaryDistrict(YearMonth.of(2026, 1));

        assertThat(kpiRows("2026-01", "attendance_rate")).isEmpty();
        assertThat(kpiRows("2026-01", "students_on_roster")).containsExactly("MONTH 0101 12", "MONTH 0102 10",
                "MONTH district 22");
        try (var files = Files.list(out.resolve("2026-01/schools"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "school-dashboard-0101-2026-01.pdf", "school-dashboard-0102-2026-01.pdf");
        }
        String alder = flat(out.resolve("2026-01/schools/school-dashboard-0101-2026-01.pdf"));
        assertThat(alder).contains("School dashboard: Alder Creek Elementary", "Students on the roster, January 2026 12",
                "No attendance received for January 2026.").doesNotContain("Sep 2, 2025");
        assertThat(flat(out.resolve("2026-01/schools/school-dashboard-0102-2026-01.pdf")))
                .contains("Students on the roster, January 2026 10", "No attendance received for January 2026.");
        assertThat(flat(out.resolve("2026-01/district-dashboard-2026-01.pdf")))
                .contains("No attendance received for January 2026.");
    }

    /**
     * The text in the order it was drawn (each tile's label, value and notes together, not the tiles' lines
     * interleaved), with every run of white space as one space, so a label wrapped over two lines reads as one.
     */
    private static String flat(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst().orElseThrow(
                () -> new AssertionError("no line with '" + needle + "' in:\n" + text));
    }

    /** Odd real-world spreadsheets from Apache POI's test corpus, described in shared/external-data/SOURCES.md. */
    private static final Path CORPUS = Path.of("../../shared/external-data/apache-poi-spreadsheet-corpus");

    @Test
    void readsOrExplainsEveryOddFileAndStillLoadsTheGoodOnes() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "shared/external-data is not beside this clone; corpus test skipped");
        List<Path> corpus;
        try (var files = Files.list(CORPUS)) {
            corpus = files.sorted().toList();
        }
        for (Path file : corpus) {
            Files.copy(file, Files.createDirectories(inbox.resolve("odd")).resolve(file.getFileName()));
        }

        JobExecution execution = jobOperatorTestUtils.startJob(october());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(kpi("MONTH", "district", "attendance_rate")).isEqualByComparingTo("0.979167");
        List<Map<String, Object>> odd = jdbc.sql("SELECT file_name, status, problem FROM ingest_source "
                + "WHERE file_name LIKE 'odd/%'").query().listOfRows();
        assertThat(odd).extracting(row -> ((String) row.get("file_name")).substring(4)).containsAll(
                corpus.stream().map(p -> p.getFileName().toString()).toList());
        assertThat(odd).allSatisfy(row -> assertThat((String) row.get("status")).isIn("UNRECOGNISED", "UNREADABLE"));
        assertThat(odd).allSatisfy(row -> assertThat((String) row.get("problem")).isNotBlank()
                .doesNotContain("Exception", "org.apache", "\tat "));
        assertThat(odd).filteredOn(row -> "protected_passtika.xlsx".equals(((String) row.get("file_name")).substring(4)))
                .singleElement().satisfies(row -> assertThat((String) row.get("problem")).contains("password"));
    }

    /** Real public education files (shared/external-data/SOURCES.md): SIS exports, state and city data sets. */
    private static final Path EXTERNAL = Path.of("../../shared/external-data");

    @Test
    void takesInRealPublicEducationFilesWithoutLosingTheDistrictsOwn() throws Exception {
        assumeTrue(Files.isDirectory(EXTERNAL), "shared/external-data is not beside this clone; test skipped");
        List<Path> external = List.of(
                EXTERNAL.resolve("oea-contoso-sis/test_data/batch1/studentattendance.csv"),
                EXTERNAL.resolve("oea-contoso-sis/test_data/batch1/studentsectionmark.csv"),
                EXTERNAL.resolve("oea-contoso-sis/test_data/hello_world_test_data/contoso_sis/day1/students/part1.csv"),
                EXTERNAL.resolve("chicago-cps-school-data/attendance.csv"),
                EXTERNAL.resolve("vdoe-chronic-absenteeism-cville-albemarle/chronic_absenteeism.csv"),
                EXTERNAL.resolve("nyc-doe-daily-attendance-xml/20171204.xml"),
                EXTERNAL.resolve("nyc-doe-daily-attendance-xml/20160315.xml"));
        Path real = Files.createDirectories(inbox.resolve("real"));
        for (int i = 0; i < external.size(); i++) {
            Files.copy(external.get(i), real.resolve(i + "-" + external.get(i).getFileName()));
        }

        JobExecution execution = jobOperatorTestUtils.startJob(october());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(kpi("MONTH", "district", "attendance_rate")).isEqualByComparingTo("0.979167");
        Map<String, String> outcomes = new java.util.TreeMap<>();
        jdbc.sql("SELECT file_name, dataset, status, problem FROM ingest_source WHERE file_name LIKE 'real/%'")
                .query(rs -> {
                    outcomes.put(rs.getString("file_name"), rs.getString("status") + " " + rs.getString("dataset")
                            + " " + rs.getString("problem"));
                });
        assertThat(outcomes).hasSize(external.size());
        // Contoso's attendance is daily attendance, but for students on no roster Village has: held back, not guessed.
        assertThat(outcomes.get("real/0-studentattendance.csv")).startsWith("HELD DAILY_ATTENDANCE")
                .contains("rows were rejected");
        assertThat(outcomes.get("real/1-studentsectionmark.csv")).startsWith("HELD COURSE_MARKS");
        assertThat(outcomes.get("real/2-part1.csv")).startsWith("UNRECOGNISED").contains("without entry date");
        assertThat(outcomes.get("real/5-20171204.xml")).startsWith("UNREADABLE").contains("XML");
        assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome).doesNotContain("Exception"));
    }

    private BigDecimal partnershipKpi(String period, String partnership, String kpi) {
        return jdbc.sql("SELECT kpi_value FROM kpi_value WHERE report_month = '2026-10' AND period_kind = ? "
                        + "AND scope = 'PARTNERSHIP' AND scope_id = ? AND subgroup = 'all' AND kpi = ?")
                .params(period, partnership, kpi).query(BigDecimal.class).single();
    }

    @Test
    void computesEachPartnershipsReachDosageRetentionVolunteersAndParticipantsAttendance() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);

        JobExecution execution = jobOperatorTestUtils.startJob(october());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partnershipKpi("MONTH", "P-001", "students_served")).isEqualByComparingTo("12");
        assertThat(partnershipKpi("MONTH", "P-001", "participation_rate")).isEqualByComparingTo("0.375");
        assertThat(partnershipKpi("MONTH", "P-001", "dosage_hours")).isEqualByComparingTo("3");
        assertThat(partnershipKpi("MONTH", "P-001", "dosage_sessions")).isEqualByComparingTo("2");
        assertThat(partnershipKpi("MONTH", "P-001", "retention")).isEqualByComparingTo("0");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "dosage_hours")).isEqualByComparingTo("4.333333");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "retention")).isEqualByComparingTo("0.333333");
        assertThat(partnershipKpi("MONTH", "P-001", "volunteer_hours")).isEqualByComparingTo("40");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "volunteer_hours")).isEqualByComparingTo("65");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "attendance_rate")).isEqualByComparingTo("0.975610");
        assertThat(count("SELECT COUNT(*) FROM kpi_value WHERE scope_id = 'P-002' AND subgroup = 'all' "
                + "AND kpi = 'students_served' AND period_kind = 'MONTH' AND suppressed = TRUE AND kpi_value IS NULL"))
                .isEqualTo(1);
        // The year-to-date figures the ROI step reads first are withheld by the suppression step after it.
        assertThat(jdbc.sql("SELECT suppression_reason FROM kpi_value WHERE scope_id = 'P-002' AND subgroup = 'all' "
                + "AND kpi = 'students_served' AND period_kind = 'YEAR_TO_DATE' AND kpi_value IS NULL")
                .query(String.class).single()).isEqualTo("fewer than 10 students");
        assertThat(kpi("MONTH", "district", "volunteer_hours")).isEqualByComparingTo("52");
        assertThat(kpi("YEAR_TO_DATE", "district", "volunteer_hours")).isEqualByComparingTo("77");
        assertThat(kpi("YEAR_TO_DATE", "district", "students_served")).isEqualByComparingTo("15");
        assertThat(count("SELECT COUNT(*) FROM partnership_goal")).isEqualTo(1);
    }

    @Test
    void pricesEachPartnershipAndTracksItsGoalsWithTheAssumptionsStated() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);

        jobOperatorTestUtils.startJob(october());

        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "investment_volunteer_time")).isEqualByComparingTo("2261.35");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "investment_total")).isEqualByComparingTo("4761.35");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "cost_per_student_served"))
                .isEqualByComparingTo("396.779167");
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-002", "investment_total")).isEqualByComparingTo("1417.48");
        assertThat(kpi("YEAR_TO_DATE", "district", "investment_total")).isEqualByComparingTo("6178.83");
        assertThat(jdbc.sql("SELECT status, achieved FROM goal_progress WHERE partnership_id = 'P-001'")
                .query().singleRow()).containsEntry("status", "ON_TRACK")
                .satisfies(row -> assertThat((BigDecimal) row.get("achieved")).isBetween(new BigDecimal("1.0057"),
                        new BigDecimal("1.0058")));
        assertThat(jdbc.sql("SELECT assumption FROM kpi_assumption WHERE report_month = '2026-10' ORDER BY position")
                .query(String.class).list()).hasSize(4).first().asString().contains("$34.79 an hour");
    }

    /** A large district's year: P-001 also received a $1,200,000 grant, so it has $1,204,761.35 in all. */
    @Test
    void storesAndPrintsAnInvestmentOfMillions() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);
        TestWorkbooks.workbook().sheet("Gifts", List.of(
                List.of("Partnership ID", "Date", "Kind", "Amount", "Description", "Source"),
                List.of("P-001", LocalDate.of(2026, 10, 2), "Grant", "$1,200,000.00", "state grant", "District")))
                .writeTo(inbox.resolve("district/state-grants-2026-10.xlsx"));

        JobExecution execution = jobOperatorTestUtils.startJob(october());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partnershipKpi("YEAR_TO_DATE", "P-001", "investment_total")).isEqualByComparingTo("1204761.35");
        assertThat(kpi("YEAR_TO_DATE", "district", "investment_total")).isEqualByComparingTo("1206178.83");
        assertThat(pdfText(out.resolve("2026-10/board-packet-2026-10.pdf"))).contains("$1,204,761");
    }

    @Test
    void exportsTheMonthsFiguresWithSuppressedCellsMarkedNotFilled() throws Exception {
        jobOperatorTestUtils.startJob(october());

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.resolve("2026-10/figures-2026-10.xlsx").toFile())) {
            var figures = workbook.getSheet("Figures");
            var rows = new java.util.ArrayList<org.apache.poi.ss.usermodel.Row>();
            figures.forEach(rows::add);
            var tiny = rows.stream().filter(r -> "0103".equals(r.getCell(3).getStringCellValue())
                    && "all".equals(r.getCell(5).getStringCellValue())
                    && "attendance_rate".equals(r.getCell(6).getStringCellValue())).toList();
            assertThat(tiny).isNotEmpty().allSatisfy(r -> {
                assertThat(r.getCell(7)).isNull();
                assertThat(r.getCell(11).getStringCellValue()).startsWith("n<10");
            });
            var alder = rows.stream().filter(r -> "0101".equals(r.getCell(3).getStringCellValue())
                    && "MONTH".equalsIgnoreCase(r.getCell(1).getStringCellValue().replace("month", "MONTH"))
                    && "all".equals(r.getCell(5).getStringCellValue())
                    && "attendance_rate".equals(r.getCell(6).getStringCellValue())).findFirst().orElseThrow();
            assertThat(alder.getCell(4).getStringCellValue()).isEqualTo("Alder Creek Elementary");
            assertThat(alder.getCell(7).getNumericCellValue()).isEqualTo(0.985);
            assertThat(workbook.getSheet("Definitions").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("students_enrolled");
        }
    }
}
