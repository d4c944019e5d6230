package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;

/**
 * Which version of a file counts when a school sends two, and what a reference list with a repeated id does: the
 * rules a data manager must be able to predict from the files alone.
 */
class FileVersionsTest {

    private static final int STUDENTS = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    /** October's summary for Alder Creek's 12 students: 20 days enrolled each, the given days present. */
    private static String october(int... present) {
        StringBuilder csv = new StringBuilder("Student ID,School ID,Period Start,Period End,Days Enrolled,Days Present\n");
        for (int i = 0; i < STUDENTS; i++) {
            csv.append(String.format("%06d,0101,2026-10-01,2026-10-31,20,%d%n", i + 1, present[i]));
        }
        return csv.toString();
    }

    /**
     * An original October file (everyone present every day) and its correction (two students absent two days each)
     * arrive together. The correction's name sorts before the original's ("-corrected" before ".csv"), which once
     * let the original win; now the later modified file wins, as the guide says: (240 − 4) / 240 = 98.33%. The
     * schools list of 20 names 0101 twice, the second time with a trailing space and another name: that row is
     * rejected (1 of 21, under the 5% that would hold the list back) and Alder Creek keeps its name.
     */
    @Test
    void theLaterModifiedOfTwoVersionsCountsWhateverTheNamesAndAListedIdIsNotRenamed() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox.resolve("attendance"));
        StringBuilder schools = new StringBuilder("School ID,School Name\n0101,Alder Creek Elementary\n");
        for (int school = 2; school <= 20; school++) {
            schools.append(String.format("%04d,School %d%n", 100 + school, school));
        }
        Files.writeString(inbox.resolve("schools.csv"), schools + "0101 ,Renamed By Mistake\n");
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        for (int i = 0; i < STUDENTS; i++) {
            roster.append(String.format("%06d,0101,3,2026-08-17%n", i + 1));
        }
        Files.writeString(inbox.resolve("roster.csv"), roster);
        int[] allPresent = new int[STUDENTS];
        Arrays.fill(allPresent, 20);
        int[] corrected = allPresent.clone();
        corrected[0] = 18;
        corrected[1] = 18;
        Path original = inbox.resolve("attendance/0101-2026-10.csv");
        Path correction = inbox.resolve("attendance/0101-2026-10-corrected.csv");
        Files.writeString(original, october(allPresent));
        Files.writeString(correction, october(corrected));
        Files.setLastModifiedTime(original, FileTime.from(Instant.parse("2026-11-02T08:00:00Z")));
        Files.setLastModifiedTime(correction, FileTime.from(Instant.parse("2026-11-03T08:00:00Z")));

        int code = commandLine.execute(new String[] { "run", "--month", "2026-10", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console + err.toString(StandardCharsets.UTF_8))
                .isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console).contains("attendance/0101-2026-10-corrected.csv, sheet '0101-2026-10-corrected' replaces "
                + "attendance/0101-2026-10.csv, sheet '0101-2026-10'")
                .contains("1 rejected: an id listed twice in one list");
        try (Connection db = WorkDatabase.open(dir.resolve("work"));
                Statement query = db.createStatement()) {
            assertThat(single(query, "SELECT kpi_value FROM kpi_value WHERE scope = 'DISTRICT' AND subgroup = 'all' "
                    + "AND period_kind = 'MONTH' AND kpi = 'attendance_rate'"))
                    .isCloseTo(236.0 / 240, within(1e-6));
            assertThat(rows(query, "SELECT school_name FROM school WHERE school_id = '0101'"))
                    .containsExactly("Alder Creek Elementary");
            assertThat(rows(query, "SELECT r.source_row || ' ' || r.reason_code FROM ingest_reject r "
                    + "JOIN ingest_source s ON s.source_id = r.source_id WHERE s.file_name = 'schools.csv'"))
                    .containsExactly("22 DUPLICATE_ID");
        }
    }

    /**
     * A school's October file is sent again under the same name, corrected, and the correction now lists one student
     * at another school (the student moved): the file no longer comes from one school, but it is still a version of
     * the one it corrects. Only the correction counts: 11 students at Alder Creek and one at the second school, 20
     * days each, student 1 present 18: (240 − 2) / 240. Both versions counted would give (220 + 238) / 460.
     */
    @Test
    void aCorrectionSentUnderTheSameNameReplacesItsOriginalEvenWhenItSpansAnotherSchool() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox.resolve("attendance"));
        Files.writeString(inbox.resolve("schools.csv"),
                "School ID,School Name\n0101,Alder Creek Elementary\n0102,Birch Hill Elementary\n");
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        for (int i = 0; i < STUDENTS; i++) {
            roster.append(String.format("%06d,%s,3,2026-08-17%n", i + 1, i == STUDENTS - 1 ? "0102" : "0101"));
        }
        Files.writeString(inbox.resolve("roster.csv"), roster);
        Path file = inbox.resolve("attendance/0101-2026-10.csv");
        String header = "Student ID,School ID,Period Start,Period End,Days Enrolled,Days Present\n";
        StringBuilder original = new StringBuilder(header);
        for (int i = 0; i < STUDENTS - 1; i++) {
            original.append(String.format("%06d,0101,2026-10-01,2026-10-31,20,20%n", i + 1));
        }
        Files.writeString(file, original);
        assertThat(run(inbox)).as(console()).isEqualTo(VillageCommandLine.OK);
        StringBuilder correction = new StringBuilder(header);
        for (int i = 0; i < STUDENTS; i++) {
            correction.append(String.format("%06d,%s,2026-10-01,2026-10-31,20,%d%n", i + 1,
                    i == STUDENTS - 1 ? "0102" : "0101", i == 0 ? 18 : 20));
        }
        Files.writeString(file, correction);

        assertThat(run(inbox)).as(console()).isEqualTo(VillageCommandLine.OK);

        try (Connection db = WorkDatabase.open(dir.resolve("work"));
                Statement query = db.createStatement()) {
            assertThat(single(query, "SELECT kpi_value FROM kpi_value WHERE scope = 'DISTRICT' AND subgroup = 'all' "
                    + "AND period_kind = 'MONTH' AND kpi = 'attendance_rate' AND report_month = '2026-10'"))
                    .isCloseTo(238.0 / 240, within(1e-6));
            assertThat(rows(query, "SELECT status || ' ' || sender FROM ingest_source "
                    + "WHERE file_name = 'attendance/0101-2026-10.csv' ORDER BY source_id"))
                    .containsExactly("REPLACED 0101", "LOADED district");
        }
    }

    private int run(Path inbox) {
        return commandLine.execute(new String[] { "run", "--month", "2026-10", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() });
    }

    private String console() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static double single(Statement query, String sql) throws Exception {
        List<String> values = rows(query, sql);
        assertThat(values).as(sql).hasSize(1);
        return Double.parseDouble(values.get(0));
    }

    private static List<String> rows(Statement query, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = query.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
