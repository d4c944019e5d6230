package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
import org.village.generate.ExportFormat;
import org.village.generate.GeneratorArguments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One generated district sent twice, once as spreadsheets and once with its schools, rosters, daily attendance and
 * course marks as Ed-Fi API JSON Lines ({@code generate --format edfi-jsonl}; the summary school's attendance and the
 * partners' files are spreadsheets either way), through the month's job on H2. The same schools, enrolments with
 * their sex, race and groups (from studentEducationOrganizationAssociations.jsonl), school days, monthly attendance
 * sums, course marks with their credits (from sections.jsonl), rejects, and every figure of every scope and subgroup
 * must come out: attendance, GPA, participation, effect and ROI. Two differences remain, neither in a figure, each
 * because Ed-Fi's records say less than the district's spreadsheets:
 * <ul>
 * <li>a day the PowerSchool-style spreadsheet writes as a plain "A" is an absence of unknown kind (A) there and an
 * "Unexcused Absence" (U) in Ed-Fi; both are days absent, so the monthly sums and figures agree;</li>
 * <li>an Ed-Fi grade has no day stored, so its mark has none; each term's end comes from the schools'
 * gradingPeriods.jsonl instead, and falls in the month the spreadsheets' days stored and the default term calendar
 * give, so each GPA figure counts the same marks.</li>
 * </ul>
 */
@SpringBootTest(classes = VillageApplication.class)
class EdFiEquivalenceTest {

    private static final YearMonth THROUGH = YearMonth.of(2026, 10);
    private static final GeneratorArguments DISTRICT = GeneratorArguments.of(400, 3, 7, THROUGH);
    /** A figure's row of a subgroup other than all students and the grades: a sex, race or program group's. */
    private static final Pattern SUBGROUP = Pattern.compile("^\\S+ \\S+ \\S+ \\S+ (?!all |grade:)\\S+ ");

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

    private record Figures(List<String> schools, List<String> enrolments, List<String> groups, List<String> days,
            List<String> months,
            List<String> marks, List<String> kpis, List<String> sources, List<String> rejects) {
    }

    private Figures run(ExportFormat format) throws Exception {
        Path inbox = work.resolve(format.name().toLowerCase());
        new DistrictGenerator(DISTRICT, format).writeTo(inbox, inbox.toString());
        DistrictDatabase.empty(jdbc);
        RunOutcome outcome = monthlyRun.run(THROUGH, inbox, work.resolve("out-" + format));
        assertThat(outcome.status()).as("%s: %s", format, outcome.failure()).isEqualTo(RunOutcome.Status.COMPLETED);
        String loaded = "JOIN ingest_source s ON s.source_id = t.source_id AND s.status = 'LOADED' ";
        return new Figures(
                jdbc.sql("SELECT school_id || ' ' || school_name FROM school ORDER BY school_id")
                        .query(String.class).list(),
                jdbc.sql("SELECT t.student_id || ' ' || t.school_id || ' ' || t.grade || ' ' || t.entry_date || ' ' "
                        + "|| COALESCE(CAST(t.exit_date AS VARCHAR(10)), '-') || ' ' || COALESCE(t.gender, '-') "
                        + "|| ' ' || COALESCE(t.race_ethnicity, '-') FROM enrolment t " + loaded
                        + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT t.student_id || ' ' || t.school_id || ' ' || t.entry_date || ' ' "
                        + "|| COALESCE(CAST(t.english_learner AS VARCHAR(5)), '-') || ' ' "
                        + "|| COALESCE(CAST(t.disability AS VARCHAR(5)), '-') || ' ' "
                        + "|| COALESCE(CAST(t.economically_disadvantaged AS VARCHAR(5)), '-') || ' ' "
                        + "|| COALESCE(CAST(t.homeless AS VARCHAR(5)), '-') || ' ' "
                        + "|| COALESCE(CAST(t.foster AS VARCHAR(5)), '-') FROM enrolment t " + loaded
                        + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT t.student_id || ' ' || t.school_id || ' ' || t.attendance_date || ' ' || t.status "
                        + "FROM daily_attendance t " + loaded + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT t.month_start || ' ' || t.student_id || ' ' || t.school_id || ' ' || t.layer || ' ' "
                        + "|| t.days_enrolled || ' ' || t.days_present || ' ' || t.days_tardy || ' ' "
                        + "|| t.enrolled_days || ' ' || t.present_days || ' ' || t.tardy_days "
                        + "FROM attendance_month t " + loaded + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT t.student_id || ' ' || t.school_id || ' ' || COALESCE(t.school_year, '-') || ' ' "
                        + "|| t.term || ' ' || t.course || ' ' || t.grade_points || ' ' || t.credits || ' ' "
                        + "|| t.excluded || ' ' || COALESCE(CAST(t.date_stored AS VARCHAR(10)), '-') "
                        + "FROM course_mark t " + loaded + "ORDER BY 1").query(String.class).list(),
                jdbc.sql("SELECT report_month || ' ' || period_kind || ' ' || scope || ' ' || scope_id || ' ' "
                        + "|| subgroup || ' ' || kpi || ' ' || COALESCE(CAST(kpi_value AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(numerator AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(denominator AS VARCHAR(40)), '-') || ' ' || n || ' ' || suppressed "
                        + "|| ' ' || COALESCE(CAST(lower_bound AS VARCHAR(40)), '-') || ' ' "
                        + "|| COALESCE(CAST(upper_bound AS VARCHAR(40)), '-') FROM kpi_value ORDER BY 1")
                        .query(String.class).list(),
                jdbc.sql("SELECT file_name || ' | ' || sheet_name || ' | ' || COALESCE(dataset, '-') || ' ' || status "
                        + "|| ' ' || rows_loaded || ' ' || rows_rejected || COALESCE(' ' || problem, '') "
                        + "FROM ingest_source ORDER BY file_name, sheet_index").query(String.class).list(),
                jdbc.sql("SELECT s.file_name || ' ' || r.source_row || ' ' || LOWER(r.column_name) || ' ' "
                        + "|| r.cell_value FROM ingest_reject r JOIN ingest_source s ON s.source_id = r.source_id "
                        + "ORDER BY 1").query(String.class).list());
    }

    @Test
    void aDistrictSentAsEdFiJsonLinesGivesTheSameSchoolsEnrolmentsDaysAndAttendanceFiguresAsItsSpreadsheets()
            throws Exception {
        Figures sheets = run(ExportFormat.SPREADSHEETS);
        Figures edFi = run(ExportFormat.EDFI_JSONL);

        assertThat(edFi.schools()).hasSize(3).containsExactlyElementsOf(sheets.schools());
        assertThat(edFi.enrolments()).hasSizeGreaterThan(700).containsExactlyElementsOf(sheets.enrolments());
        assertThat(edFi.enrolments()).noneMatch(row -> row.endsWith(" - -"))
                .anyMatch(row -> row.endsWith(" Two or More Races")).anyMatch(row -> row.endsWith(" Hispanic or Latino"))
                .anyMatch(row -> row.contains(" X "));
        assertThat(edFi.groups()).hasSizeGreaterThan(700).containsExactlyElementsOf(sheets.groups())
                .noneMatch(row -> row.contains(" -"));
        for (int flag = 0; flag < 5; flag++) {
            int column = 3 + flag;
            assertThat(edFi.groups()).as("flag %d", flag).anyMatch(row -> row.split(" ")[column].equals("TRUE"));
        }

        assertThat(sheets.days()).anyMatch(row -> row.endsWith(" A"));
        assertThat(edFi.days()).hasSizeGreaterThan(60_000).noneMatch(row -> row.endsWith(" A"))
                .containsExactlyElementsOf(sheets.days().stream()
                        .map(row -> row.endsWith(" A") ? row.substring(0, row.length() - 1) + "U" : row).toList());
        assertThat(edFi.months()).hasSizeGreaterThan(3000).containsExactlyElementsOf(sheets.months());

        assertThat(edFi.marks()).hasSizeGreaterThan(10_000).allMatch(row -> row.endsWith(" -"))
                .anyMatch(row -> row.endsWith(" 0.00 TRUE -")).anyMatch(row -> row.endsWith(" 0.50 FALSE -"))
                .anyMatch(row -> row.endsWith(" 1.00 FALSE -"));
        assertThat(withoutDayStored(edFi.marks())).containsExactlyElementsOf(withoutDayStored(sheets.marks()));

        assertThat(edFi.kpis()).hasSizeGreaterThan(1000).containsExactlyElementsOf(sheets.kpis());
        assertThat(edFi.kpis()).anyMatch(row -> row.contains(" attendance_rate "))
                .anyMatch(row -> row.contains(" chronic_absenteeism "))
                .anyMatch(row -> row.contains(" attendance_effect "))
                .anyMatch(row -> row.contains(" gpa ") && SUBGROUP.matcher(row).find())
                .anyMatch(row -> row.contains(" attendance_rate ") && SUBGROUP.matcher(row).find());

        assertThat(sheets.rejects()).filteredOn(row -> row.contains("-daily-attendance-")).hasSize(2);
        assertThat(edFi.rejects()).containsExactlyInAnyOrderElementsOf(Stream.concat(
                plantedInEdFi(work.resolve("edfi_jsonl")).stream(),
                sheets.rejects().stream().filter(row -> !row.contains("-daily-attendance-"))).toList());
        assertThat(edFi.sources()).filteredOn(row -> row.startsWith("edfi-")).containsExactly(
                "edfi-2025-26/grades.jsonl | grades | COURSE_MARKS LOADED 11830 0",
                "edfi-2025-26/gradingPeriods.jsonl | gradingPeriods | TERM_DATES LOADED 14 0",
                "edfi-2025-26/schools.jsonl | schools | SCHOOLS LOADED 3 0",
                "edfi-2025-26/studentSchoolAssociations.jsonl | studentSchoolAssociations | ROSTER LOADED 415 0",
                "edfi-2025-26/studentSchoolAttendanceEvents.jsonl | studentSchoolAttendanceEvents | "
                        + "DAILY_ATTENDANCE LOADED 52434 0",
                "edfi-2026-27/grades.jsonl | grades | COURSE_MARKS LOADED 2573 0",
                "edfi-2026-27/gradingPeriods.jsonl | gradingPeriods | TERM_DATES LOADED 14 0",
                "edfi-2026-27/studentSchoolAssociations.jsonl | studentSchoolAssociations | ROSTER LOADED 411 0",
                "edfi-2026-27/studentSchoolAttendanceEvents.jsonl | studentSchoolAttendanceEvents | "
                        + "DAILY_ATTENDANCE LOADED 16128 2");
        assertThat(edFi.sources()).filteredOn(row -> !row.startsWith("edfi-"))
                .containsExactlyElementsOf(sheets.sources().stream()
                        .filter(row -> !row.contains("| ROSTER ") && !row.contains("| SCHOOLS ")
                                && !row.contains("| COURSE_MARKS ") && !row.contains("| DAILY_ATTENDANCE "))
                        .toList());
    }

    /** A mark's row without its day stored, which an Ed-Fi grade does not carry. */
    private static List<String> withoutDayStored(List<String> marks) {
        return marks.stream().map(row -> row.substring(0, row.lastIndexOf(' '))).toList();
    }

    /** The rows the generator planted wrong in its Ed-Fi files, by truth.json: file, line, column and value. */
    private static List<String> plantedInEdFi(Path district) throws Exception {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : JsonMapper.builder().build().readTree(district.resolve("truth.json").toFile())
                .path("planted_rows")) {
            if (row.path("file").asString().startsWith("edfi-")) {
                rows.add(row.path("file").asString() + " " + row.path("row").asInt() + " "
                        + row.path("column").asString().toLowerCase(Locale.ROOT) + " " + row.path("value").asString());
            }
        }
        assertThat(rows).hasSize(2);
        return rows;
    }
}
