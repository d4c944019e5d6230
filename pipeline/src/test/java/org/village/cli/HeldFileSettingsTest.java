package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;

/**
 * A file held back because of a setting is judged again once the setting changes, without being sent again: a
 * school's daily attendance written day first (02/03/2026 … 12/03/2026), which the district's en-US order would read
 * as the 3rd of nine months, is held back; the district sets village.ingest.date-locale to en-GB, and the next run
 * loads it as March, once: the run after it has nothing to do.
 */
class HeldFileSettingsTest {

    private static final String FILE = "attendance-march.csv";
    private static final int[] SCHOOL_DAYS = { 2, 3, 4, 5, 6, 9, 10, 11, 12 };
    private static final int STUDENTS = 20;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    /**
     * 20 students on the 9 weekdays of 2–12 March 2026; student i is absent on the first (i mod 4) of them, so the
     * month's attendance is (180 − 0·5 − 1·5 − 2·5 − 3·5) / 180 = 150 / 180.
     */
    @Test
    void loadsAHeldDayFirstFileOnceTheDateLocaleIsSetAndOnlyOnce() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("schools.csv"), "School ID,School Name\n0101,Alder Creek Elementary\n");
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        StringBuilder attendance = new StringBuilder("Student ID,School ID,Date,Status\n");
        int absent = 0;
        for (int student = 1; student <= STUDENTS; student++) {
            String id = String.format("S%03d", student);
            roster.append(id).append(",0101,4,2025-08-18\n");
            for (int day = 0; day < SCHOOL_DAYS.length; day++) {
                boolean away = day < student % 4;
                absent += away ? 1 : 0;
                attendance.append(id).append(",0101,").append(String.format("%02d/03/2026", SCHOOL_DAYS[day]))
                        .append(away ? ",A\n" : ",P\n");
            }
        }
        Files.writeString(inbox.resolve("roster.csv"), roster);
        Files.writeString(inbox.resolve(FILE), attendance);
        int rows = STUDENTS * SCHOOL_DAYS.length;
        assertThat(absent).isEqualTo(30);

        int code = execute("run", "--month", "2026-03", "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(code).as(console()).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console()).contains(FILE + ", sheet 'attendance-march': held\n    It was held back: its dates "
                + "(such as 02/03/2026, row 2) could be day first or month first")
                .contains("or set village.ingest.date-locale to the order the sender writes (en-US month first, "
                        + "en-GB day first): the next run reads this file in that order");
        try (Connection db = database()) {
            assertThat(sources(db)).containsExactly("HELD 0");
        }

        out.reset();
        code = execute("run", "--month", "2026-03", "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString(), "--village.ingest.date-locale=en-GB");

        assertThat(code).as(console()).isIn(VillageCommandLine.OK, VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console()).contains("daily attendance             1        180        180         0");
        try (Connection db = database()) {
            assertThat(sources(db)).containsExactly("LOADED " + rows);
            assertThat(dailyRows(db)).isEqualTo(rows);
            assertThat(attendanceRate(db)).isCloseTo((double) (rows - absent) / rows, within(1e-6));
        }

        out.reset();
        code = execute("run", "--month", "2026-03", "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString(), "--village.ingest.date-locale=en-GB");

        assertThat(code).as(console()).isEqualTo(VillageCommandLine.OK);
        assertThat(console()).as("read once").contains("2026-03: already done for these files; nothing to do.");
        try (Connection db = database()) {
            assertThat(sources(db)).containsExactly("LOADED " + rows);
            assertThat(dailyRows(db)).isEqualTo(rows);
        }
    }

    private int execute(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workdir");
        all.add(dir.resolve("work").toString());
        return commandLine.execute(all.toArray(String[]::new));
    }

    private String console() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Connection database() throws SQLException {
        return WorkDatabase.open(dir.resolve("work"));
    }

    /** Every registration of the file: its status and rows loaded. */
    private static List<String> sources(Connection db) throws SQLException {
        List<String> sources = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT status, COALESCE(rows_loaded, 0) FROM "
                + "ingest_source WHERE file_name = '" + FILE + "' ORDER BY source_id");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                sources.add(rs.getString(1) + " " + rs.getInt(2));
            }
        }
        return sources;
    }

    private static long dailyRows(Connection db) throws SQLException {
        return single(db, "SELECT COUNT(*) FROM daily_attendance").longValue();
    }

    private static double attendanceRate(Connection db) throws SQLException {
        return single(db, "SELECT kpi_value FROM kpi_value WHERE scope = 'DISTRICT' AND subgroup = 'all' "
                + "AND period_kind = 'MONTH' AND kpi = 'attendance_rate' AND report_month = '2026-03'")
                .doubleValue();
    }

    private static Number single(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            Number value = (Number) rs.getObject(1);
            assertThat(rs.next()).as(sql).isFalse();
            return value;
        }
    }
}
