package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.DistrictDatabase;
import org.village.VillageApplication;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.generate.ExportFormat;

/**
 * One generated district sent twice, its schools and rosters once as workbooks and once as OneRoster 1.1 bundles
 * ({@code generate --format oneroster}), through the month's job on H2: the schools, the enrolments and every figure
 * the month stores must come out the same. OneRoster's core carries no English learner, disability, economic,
 * homeless or foster flags, so those columns and the figures of those groups are left out of the comparison and
 * must be empty on the OneRoster side. The bundles' quarters and semesters end in the months the district's calendar
 * (the default {@code village.kpi.term-ends}) and the marks' days stored say, so GPA counts each term's marks from the
 * same month either way.
 */
@SpringBootTest(classes = VillageApplication.class)
class OneRosterEquivalenceTest {

    private static final YearMonth THROUGH = YearMonth.of(2026, 10);
    private static final GeneratorArguments DISTRICT = GeneratorArguments.of(400, 3, 7, THROUGH);
    private static final String FLAG_GROUPS = "('english_learner', 'disability', 'economically_disadvantaged', "
            + "'homeless', 'foster')";

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    private record Figures(List<String> schools, List<String> enrolments, List<String> kpis, List<String> loads,
            List<String> rosterSources, long flaggedStudents, List<String> termDates) {
    }

    private Figures run(ExportFormat format) throws Exception {
        Path inbox = work.resolve(format.name().toLowerCase());
        new DistrictGenerator(DISTRICT, format).writeTo(inbox, inbox.toString());
        DistrictDatabase.empty(jdbc);
        RunOutcome outcome = monthlyRun.run(THROUGH, inbox, work.resolve("out-" + format));
        assertThat(outcome.status()).as("%s: %s", format, outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        String loaded = "JOIN ingest_source s ON s.source_id = e.source_id AND s.status = 'LOADED' ";
        return new Figures(
                jdbc.sql("SELECT school_id || ' ' || school_name FROM school ORDER BY school_id")
                        .query(String.class).list(),
                jdbc.sql("SELECT e.student_id || ' ' || e.school_id || ' ' || e.grade || ' ' || e.entry_date || ' ' "
                        + "|| COALESCE(CAST(e.exit_date AS VARCHAR(10)), '-') || ' ' || COALESCE(e.gender, '-') "
                        + "|| ' ' || COALESCE(e.race_ethnicity, '-') FROM enrolment e " + loaded
                        + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT report_month || ' ' || period_kind || ' ' || scope || ' ' || scope_id || ' ' "
                        + "|| subgroup || ' ' || kpi || ' ' || COALESCE(CAST(kpi_value AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(numerator AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(denominator AS VARCHAR(40)), '-') || ' ' || n || ' ' || suppressed "
                        + "|| ' ' || COALESCE(CAST(lower_bound AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(upper_bound AS VARCHAR(40)), '-') FROM kpi_value "
                        + "WHERE subgroup NOT IN " + FLAG_GROUPS + " ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT dataset || ' ' || status || ' ' || rows_loaded || ' ' || rows_rejected "
                        + "FROM ingest_source WHERE dataset NOT IN ('SCHOOLS', 'ROSTER', 'TERM_DATES') "
                        + "ORDER BY file_name, "
                        + "sheet_index").query(String.class).list(),
                jdbc.sql("SELECT file_name || ' | ' || sheet_name || ' | ' || COALESCE(dataset, '-') || ' ' || status "
                        + "|| ' ' || rows_rejected FROM ingest_source "
                        + "WHERE dataset IN ('SCHOOLS', 'ROSTER', 'TERM_DATES') OR dataset IS NULL "
                        + "ORDER BY file_name, sheet_index").query(String.class).list(),
                jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE english_learner OR disability "
                        + "OR economically_disadvantaged OR homeless OR foster").query(Long.class).single(),
                jdbc.sql("SELECT school_year || ' ' || term || ' ' || end_date FROM term_date ORDER BY 1")
                        .query(String.class).list());
    }

    @Test
    void aDistrictSentAsOneRosterBundlesGivesTheSameSchoolsEnrolmentsAndFiguresAsItsWorkbooks() throws Exception {
        Figures workbooks = run(ExportFormat.SPREADSHEETS);
        Figures oneRoster = run(ExportFormat.ONEROSTER);

        assertThat(oneRoster.schools()).hasSize(3).containsExactlyElementsOf(workbooks.schools());
        assertThat(oneRoster.enrolments()).hasSizeGreaterThan(700).containsExactlyElementsOf(workbooks.enrolments());
        assertThat(oneRoster.enrolments()).anyMatch(row -> !row.contains(" - ")).anyMatch(row -> row.contains(" X "))
                .anyMatch(row -> row.endsWith(" Hispanic or Latino"));
        assertThat(oneRoster.loads()).containsExactlyElementsOf(workbooks.loads());
        assertThat(oneRoster.rosterSources()).containsExactly(
                "oneroster-2025-26 | orgs.csv (schools) | SCHOOLS REPLACED 0",
                "oneroster-2025-26 | users.csv (students) | ROSTER LOADED 0",
                "oneroster-2025-26 | academicSessions.csv (terms) | TERM_DATES LOADED 0",
                "oneroster-2026-27 | orgs.csv (schools) | SCHOOLS LOADED 0",
                "oneroster-2026-27 | users.csv (students) | ROSTER LOADED 0",
                "oneroster-2026-27 | academicSessions.csv (terms) | TERM_DATES LOADED 0");
        assertThat(oneRoster.termDates()).as("each year's quarters and semesters").hasSize(12);
        assertThat(oneRoster.kpis()).hasSizeGreaterThan(100).containsExactlyElementsOf(workbooks.kpis());
        assertThat(workbooks.flaggedStudents()).isPositive();
        assertThat(oneRoster.flaggedStudents()).isZero();
    }
}
