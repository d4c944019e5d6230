package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.DistrictDatabase;
import org.village.VillageApplication;
import org.village.ingest.FileSummary;
import org.village.ingest.TestWorkbooks;

/**
 * Course marks whose rows say nothing of their school year (no school year column, no DateStored, no year in the
 * term label): placed by the sheet's other marks or by the run's month where that is unambiguous, otherwise rejected
 * with a reason, never loaded to count toward no GPA. On the hand-worked district ({@link DistrictFixture}, whose
 * attendance is all of 2026-27), October 2026, H2.
 */
@SpringBootTest(classes = VillageApplication.class)
abstract class CourseMarkSchoolYearTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

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
        DistrictDatabase.empty(jdbc);
        DistrictFixture.writeTo(inbox);
    }

    /** Q1 marks of Alder Creek's a01..a12: an A (4.0) for 1–6, a C (2.0) for 7–12, one credit each; no year. */
    private static List<List<Object>> q1WithoutYear() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student_Number", "SchoolID", "Term", "Course", "Grade", "Credits"));
        for (int i = 1; i <= 12; i++) {
            rows.add(List.of(DistrictFixture.id("a", i), "0101", "Q1", "ELA 3", i <= 6 ? "A" : "C", 1));
        }
        return rows;
    }

    private RunOutcome october() {
        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);
        assertThat(outcome.status()).as(outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        return outcome;
    }

    private List<String> schoolYears() {
        return jdbc.sql("SELECT DISTINCT COALESCE(school_year, 'none') FROM course_mark").query(String.class).list();
    }

    private List<Map<String, Object>> yearRejects() {
        return jdbc.sql("SELECT s.file_name, s.status, r.source_row, r.column_name, r.reason FROM ingest_reject r "
                + "JOIN ingest_source s ON s.source_id = r.source_id WHERE r.reason_code = 'NO_SCHOOL_YEAR' "
                + "ORDER BY r.source_row").query().listOfRows();
    }

    /** (6 × 4.0 + 6 × 2.0) / 12 = 3.0, for October (Q1 ends 10-31) and the year to date. */
    @Test
    void placesMarksInTheRunMonthsSchoolYearWhenNothingSaysOtherwise() throws IOException {
        TestWorkbooks.workbook().sheet("Grades", q1WithoutYear()).writeTo(inbox.resolve("grades/0101-Q1.xlsx"));

        RunOutcome outcome = october();

        assertThat(schoolYears()).containsExactly("2026-27");
        assertThat(yearRejects()).isEmpty();
        assertThat(jdbc.sql("SELECT kpi_value FROM kpi_value WHERE report_month = '2026-10' AND scope = 'DISTRICT' "
                + "AND subgroup = 'all' AND kpi = 'gpa' AND period_kind = 'YEAR_TO_DATE'").query(String.class)
                .single()).startsWith("3.0");
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void takesTheYearFromTheSheetsOtherMarks() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student_Number", "SchoolID", "Term", "Course", "Grade", "Credits", "DateStored"));
        for (List<Object> row : q1WithoutYear().subList(1, 13)) {
            List<Object> withDate = new ArrayList<>(row);
            withDate.add("");
            rows.add(withDate);
            List<Object> stored = new ArrayList<>(row.subList(0, 3));
            stored.addAll(List.of("Math 3", "B", 1, LocalDate.of(2026, 1, 14)));
            rows.add(stored);
        }
        TestWorkbooks.workbook().sheet("StoredGrades", rows).writeTo(inbox.resolve("grades/0101-2025-26.xlsx"));

        october();

        // The stored marks are of 2025-26, so the undated ones beside them are too, not of October's 2026-27.
        assertThat(schoolYears()).containsExactly("2025-26");
        assertThat(yearRejects()).isEmpty();
    }

    @Test
    void rejectsMarksWithoutAYearWhenOtherMarksCarryTheirs() throws IOException {
        TestWorkbooks.workbook().sheet("Grades", q1WithoutYear()).writeTo(inbox.resolve("grades/0101-Q1.xlsx"));
        List<List<Object>> withYear = new ArrayList<>();
        withYear.add(List.of("Student_Number", "SchoolID", "School Year", "Term", "Course", "Grade", "Credits"));
        withYear.add(List.of(DistrictFixture.id("a", 13), "0101", "2026-27", "Q1", "ELA 3", "B", 1));
        TestWorkbooks.workbook().sheet("Grades", withYear).writeTo(inbox.resolve("grades/0101-Q1-late.xlsx"));

        RunOutcome outcome = october();

        List<Map<String, Object>> rejects = yearRejects();
        assertThat(rejects).hasSize(12).allSatisfy(reject -> assertThat(reject)
                .containsEntry("file_name", "grades/0101-Q1.xlsx").containsEntry("status", "HELD")
                .containsEntry("column_name", "school year"));
        assertThat(rejects.get(0)).containsEntry("source_row", 2);
        assertThat((String) rejects.get(0).get("reason")).isEqualTo("No school year: add a School Year column "
                + "(e.g. 2026-27) or the date each mark was stored (DateStored), or write the year in the term label "
                + "(Q1 2026-27). Other marks sent to Village carry their school year, so the year of this one is not "
                + "assumed.");
        assertThat(schoolYears()).containsExactly("2026-27");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_mark").query(Long.class).single()).isEqualTo(1);
        FileSummary held = outcome.files().stream().filter(file -> file.fileName().equals("grades/0101-Q1.xlsx"))
                .findFirst().orElseThrow();
        assertThat(held.rejectsByReason()).containsEntry("a mark with no school year", 12);
        // The fixture's two bad attendance rows and the twelve marks; the loader had counted the marks as loaded.
        assertThat(outcome.rowsRejected()).isEqualTo(14);
        assertThat(outcome.rowsLoaded()).isEqualTo(96 + 1);
        assertThat(outcome.needsAttention()).isTrue();
    }

    @Test
    void rejectsMarksWithoutAYearWhenTheRunHoldsTwoSchoolYears() throws IOException {
        DistrictFixture.writeBaselineYearTo(inbox);
        TestWorkbooks.workbook().sheet("Grades", q1WithoutYear()).writeTo(inbox.resolve("grades/0101-Q1.xlsx"));

        october();

        assertThat(yearRejects()).hasSize(12).first().satisfies(reject -> assertThat((String) reject.get("reason"))
                .endsWith("The files of this run hold attendance or participation of 2025-26 and 2026-27, so the "
                        + "run's month (2026-10, school year 2026-27) does not tell the year of this mark."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_mark").query(Long.class).single()).isZero();
    }
}
