package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;

/**
 * Village run as a new district would run it, on real public exports (shared/external-data, described in its
 * SOURCES.md), with every figure checked against one computed here by another route: plain Java over the file's
 * lines, documented beside each test. Skipped where shared/ is not beside this clone.
 */
class RealExportsTest {

    private static final Path EXTERNAL = Path.of("../../shared/external-data");
    private static final Path CONTOSO_ATTENDANCE = EXTERNAL.resolve(
            "oea-contoso-sis/test_data/batch1/studentattendance.csv");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    /** A student's days in the file: rows, and rows whose AttendanceCode is P. */
    private record Days(String school, int days, int present) {
        Days plus(boolean isPresent) {
            return new Days(school, days + 1, present + (isPresent ? 1 : 0));
        }
    }

    /**
     * Contoso's SIS export has {@code all_day} (Yes/No) before {@code AttendanceCode} (P/A); both headers could be
     * the attendance code. Village must read AttendanceCode, so that the figures are the file's: computed here as
     * P rows over all rows (each row is a student's school day), and chronic absence as the share of students with
     * 10 or more days whose non-P days are at least 10% of them. Following the old reject message's advice (a code
     * for "Yes") must no longer change anything. The export's student ids match none of its demographics file, so
     * the test writes the roster the district would send: each student of the attendance file at its school.
     */
    @Test
    void readsTheAttendanceCodeOfAContosoSisExportNotItsAllDayFlag() throws Exception {
        assumeTrue(Files.isRegularFile(CONTOSO_ATTENDANCE),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        Map<String, Days> byStudent = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(CONTOSO_ATTENDANCE)) {
            lines.skip(1).map(line -> line.split(",", -1)).forEach(cells -> byStudent.merge(cells[1],
                    new Days(cells[3], 1, cells[8].equals("P") ? 1 : 0),
                    (a, b) -> a.plus(b.present() == 1)));
        }
        long days = byStudent.values().stream().mapToLong(Days::days).sum();
        long present = byStudent.values().stream().mapToLong(Days::present).sum();
        long eligible = byStudent.values().stream().filter(d -> d.days() >= 10).count();
        long chronic = byStudent.values().stream()
                .filter(d -> d.days() >= 10 && (d.days() - d.present()) * 10 >= d.days()).count();
        assertThat(days).as("the file as SOURCES.md describes it").isEqualTo(12_000);

        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.copy(CONTOSO_ATTENDANCE, inbox.resolve("studentattendance.csv"));
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        byStudent.forEach((student, d) -> roster.append(student).append(',').append(d.school())
                .append(",5,2021-08-16\n"));
        Files.writeString(inbox.resolve("roster.csv"), roster);

        int code = commandLine.execute(new String[] { "run", "--month", "2022-01", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString(),
                "--village.ingest.attendance-codes.Yes=present" });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console + err.toString(StandardCharsets.UTF_8)).isIn(0, 4);
        assertThat(console).contains("all_day → ignored").contains("AttendanceCode → attendance code");
        try (Connection db = database()) {
            assertThat(districtFigure(db, "MONTH", "attendance_rate"))
                    .isCloseTo((double) present / days, within(1e-6));
            assertThat(districtFigure(db, "YEAR_TO_DATE", "chronic_absenteeism"))
                    .isCloseTo((double) chronic / eligible, within(1e-6));
            assertThat(rejects(db)).isZero();
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("work/db/village").toAbsolutePath()
                + ";TRACE_LEVEL_FILE=0", "sa", "");
    }

    private static double districtFigure(Connection db, String window, String kpi) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT kpi_value FROM kpi_value WHERE scope = 'DISTRICT' "
                + "AND subgroup = 'all' AND period_kind = ? AND kpi = ?")) {
            query.setString(1, window);
            query.setString(2, kpi);
            try (ResultSet rs = query.executeQuery()) {
                List<BigDecimal> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getBigDecimal(1));
                }
                assertThat(values).as(window + " " + kpi).hasSize(1);
                return values.get(0).doubleValue();
            }
        }
    }

    private static long rejects(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM ingest_reject");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
