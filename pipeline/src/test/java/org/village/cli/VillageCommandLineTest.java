package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.ingest.TestWorkbooks;
import org.village.monthly.DistrictFixture;

/** The command line as a scheduler or a data manager uses it: exit codes and the one line printed. */
class VillageCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsHelpAndSucceeds() {
        assertThat(commandLine.execute(new String[] { "--help" })).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run --month YYYY-MM --inbox DIR --out DIR");
    }

    @Test
    void refusesAMonthWrittenAnotherWay() {
        int code = commandLine.execute(new String[] { "run", "--month", "October", "--inbox", "x", "--out", "y" });

        assertThat(code).isEqualTo(VillageCommandLine.USAGE);
        assertThat(err()).startsWith("village: --month must be a month written YYYY-MM, e.g. 2026-10.");
    }

    @Test
    void refusesAMissingOptionAndAnUnknownCommand() {
        assertThat(commandLine.execute(new String[] { "run", "--month", "2026-10" })).isEqualTo(VillageCommandLine.USAGE);
        assertThat(err()).contains("'run' needs --inbox.");
        assertThat(commandLine.execute(new String[] { "publish" })).isEqualTo(VillageCommandLine.USAGE);
    }

    @Test
    void failsWithOneLineWhenTheInboxIsMissing() {
        int code = commandLine.execute(new String[] { "run", "--month", "2026-10", "--inbox",
                dir.resolve("nowhere").toString(), "--out", dir.resolve("out").toString(), "--workdir",
                dir.resolve("work").toString() });

        assertThat(code).isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(err().lines().filter(line -> line.startsWith("village:"))).singleElement()
                .asString().contains("2026-10 failed: the inbox folder").contains("does not exist");
        assertThat(err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void runsAMonthAndSaysWhereTheReportIs() throws Exception {
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);

        int code = commandLine.execute(new String[] { "run", "--month", "2026-10", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() });

        assertThat(code).as("two rows were rejected").isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2026-10: done. 96 rows loaded, 2 rejected.")
                .contains("district-dashboard-2026-10.pdf");
        assertThat(dir.resolve("out/2026-10/district-dashboard-2026-10.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("work/db")).isDirectory();
        assertThat(dir.resolve("work/logs/village.log")).exists();
    }

    /**
     * Alder Creek's files of the hand-worked district without their bad rows: with October as it was (394 of 400
     * days) nothing needs a person; with every student present every day, the 100% is a warning and the exit code 4.
     */
    @Test
    void exitsFourForAPlausibilityWarningAloneAndSaysWhatToCheck() throws Exception {
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        writeAlder(inbox, 9, 21, student -> student == 1 ? 15 : 21);
        writeAlder(inbox, 10, 20, student -> student == 1 ? 18 : student == 2 ? 16 : 20);
        String[] run = { "run", "--month", "2026-10", "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() };

        assertThat(commandLine.execute(run)).isEqualTo(VillageCommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2026-10: done. 96 rows loaded, 0 rejected.")
                .doesNotContain("Check before using these figures");
        out.reset();

        writeAlder(inbox, 10, 20, student -> 20);

        assertThat(commandLine.execute(run)).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Check before using these figures (1 warning(s)):",
                "  Alder Creek Elementary (0101): attendance for October 2026 reads 100.0% over 20 students.");
    }

    private static void writeAlder(Path inbox, int month, int enrolled, IntUnaryOperator present)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        YearMonth yearMonth = YearMonth.of(2026, month);
        for (int i = 1; i <= 20; i++) {
            rows.add(List.of(String.format("001%03d", i), "0101", yearMonth.atDay(1), yearMonth.atEndOfMonth(),
                    enrolled, present.applyAsInt(i)));
        }
        TestWorkbooks.workbook().sheet("Attendance", rows)
                .writeTo(inbox.resolve(String.format("attendance/0101-2026-%02d.xlsx", month)));
    }

    @Test
    void validatesAnInboxChangingNothingAndSaysWhatWouldNotLoad() throws Exception {
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        Path workdir = dir.resolve("work");

        int code = commandLine.execute(new String[] { "validate", "--inbox", inbox.toString(), "--workdir",
                workdir.toString() });

        assertThat(code).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("attendance/0101-2026-10.xlsx, sheet 'Attendance': loaded", "attendance summary")
                .contains("1 rejected: more days present than enrolled")
                .contains("1 rejected: a student on no roster")
                .contains("6 sheet(s) checked: 0 not used, 2 row(s) rejected.");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Student_Number → student id; SchoolID → school id")
                .contains("First rejected rows:")
                .containsPattern("attendance/0101-2026-09\\.xlsx, sheet 'Attendance', row \\d+, student id '\\w+': "
                        + "This student id is on no roster")
                .containsPattern("attendance/0101-2026-10\\.xlsx, sheet 'Attendance', row \\d+, days present "
                        + "'\\d+': ");
        assertThat(workdir.resolve("db")).doesNotExist();
    }

    @Test
    void backfillsMonthsInOrderSkipsFinishedOnesAndStatusListsThem() throws Exception {
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        String[] backfill = { "backfill", "--from", "2026-09", "--to", "2026-10", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() };

        assertThat(commandLine.execute(backfill)).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsSubsequence("2026-09: done.", "2026-10: done.");
        out.reset();
        assertThat(commandLine.execute(backfill)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsSubsequence("2026-09: already done; skipped",
                "2026-10: already done; skipped");
        out.reset();

        assertThat(commandLine.execute(new String[] { "status", "--workdir", dir.resolve("work").toString() }))
                .isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("Month").contains("Status", "Files", "Rejected", "Reports", "E-mails");
        assertThat(lines.get(1)).startsWith("2026-10").contains("COMPLETED");
        assertThat(lines.get(2)).startsWith("2026-09").contains("COMPLETED");
        assertThat(lines.get(2).split("\\s+")).as("month, start, end, status, tries, files, rejected, reports")
                .containsSubsequence("COMPLETED", "1", "6", "2", "3", "0");
    }

    @Test
    void eachCommandHasItsOwnHelpWithTheExitCodes() {
        assertThat(commandLine.execute(new String[] { "backfill", "--help" })).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("backfill --from YYYY-MM --to YYYY-MM", "--force")
                .contains("4 done, but a file or row was not used, something loaded looks wrong or counts")
                .doesNotContain("generate --seed");
    }

    @Test
    void generatesTheSchoolsAndRostersAsOneRosterBundlesWhenAskedAndRefusesAnUnknownFormat() {
        Path district = dir.resolve("district");
        String[] generate = { "generate", "--seed", "3", "--through", "2026-09", "--students", "120", "--schools",
            "3", "--out", district.toString(), "--format", "oneroster" };

        assertThat(commandLine.execute(generate)).isZero();
        assertThat(district.resolve("oneroster-2025-26/users.csv")).isNotEmptyFile();
        assertThat(district.resolve("oneroster-2026-27/manifest.csv")).content().contains("oneroster.version,1.1");
        assertThat(district.resolve("schools.xlsx")).doesNotExist();
        assertThat(district.resolve("roster-2026-27.xlsx")).doesNotExist();
        assertThat(district.resolve("truth.json")).content().contains("--format oneroster");

        generate[generate.length - 1] = "csv";
        assertThat(commandLine.execute(generate)).isEqualTo(VillageCommandLine.USAGE);
        assertThat(err()).contains("--format must be spreadsheets, oneroster or edfi-jsonl, not csv.");
    }

    @Test
    void generatesTheSchoolsRostersDailyAttendanceAndMarksAsEdFiJsonLinesWhenAsked() throws Exception {
        Path district = dir.resolve("edfi-district");
        String[] generate = { "generate", "--seed", "3", "--through", "2026-09", "--students", "120", "--schools",
            "3", "--out", district.toString(), "--format", "edfi-jsonl" };

        assertThat(commandLine.execute(generate)).isZero();
        for (String resource : List.of("schools", "studentSchoolAssociations", "studentEducationOrganizationAssociations",
                "studentSchoolAttendanceEvents", "grades", "sections")) {
            assertThat(district.resolve("edfi-2025-26/" + resource + ".jsonl")).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(district.resolve("edfi-2026-27/studentSchoolAttendanceEvents.jsonl")))
                .anyMatch(line -> line.contains("#In Attendance\"")).anyMatch(line -> line.contains("#Tardy\""));
        assertThat(district.resolve("schools.xlsx")).doesNotExist();
        assertThat(district.resolve("roster-2026-27.xlsx")).doesNotExist();
        assertThat(district.resolve("grades")).doesNotExist();
        try (Stream<Path> attendance = Files.walk(district.resolve("attendance"))) {
            assertThat(attendance.map(Path::toString)).noneMatch(file -> file.contains("daily-attendance"))
                    .anyMatch(file -> file.contains("-attendance-2026-09."));
        }
        assertThat(district.resolve("truth.json")).content().contains("--format edfi-jsonl");
    }

    @Test
    void printsTheDataManagersGuide() {
        assertThat(commandLine.execute(new String[] { "guide" })).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Sending data to Village");
    }
}
