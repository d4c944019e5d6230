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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;

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

    /**
     * Chicago's published attendance and suspension files have a School ID and a School Name column, so they look
     * like a schools list; beside a district's own list and roster they must not become its schools (they once
     * replaced 8 schools with 857, and two of them ended every run in a lock timeout naming no file). The profile
     * file and Virginia's chronic absenteeism table are school-level figures, not a dataset Village reads: they are
     * reported with the header Village came closest to.
     */
    @Test
    void refusesPublishedSchoolFilesAsTheDistrictsSchoolsList() throws Exception {
        Path cps = EXTERNAL.resolve("chicago-cps-school-data");
        Path vdoe = EXTERNAL.resolve("vdoe-chronic-absenteeism-cville-albemarle/chronic_absenteeism.csv");
        assumeTrue(Files.isDirectory(cps) && Files.isRegularFile(vdoe),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (String file : List.of("attendance.csv", "suspension_data.csv",
                "Chicago_Public_Schools_-_School_Profile_Information_SY2021.csv")) {
            Files.copy(cps.resolve(file), inbox.resolve(file));
        }
        Files.copy(vdoe, inbox.resolve("chronic_absenteeism.csv"));
        Files.writeString(inbox.resolve("schools.csv"), "School ID,School Name\n0101,Alder Creek Elementary\n"
                + "0102,Birchwood Middle\n0103,Cedar Ridge High\n");
        Files.writeString(inbox.resolve("roster.csv"), "Student ID,School ID,Grade,Entry Date\n"
                + "000001,0101,3,2026-08-17\n000002,0102,7,2026-08-17\n000003,0103,10,2026-08-17\n");

        int code = commandLine.execute(new String[] { "validate", "--inbox", inbox.toString(), "--workdir",
                dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        assertThat(console).contains("schools                      1          3          3         0")
                .contains("not the district's           2          0          0         0")
                .contains("student roster               1          3          3         0");
        assertThat(console).contains("attendance.csv, sheet 'attendance': refused\n    It looks like a schools list, "
                + "but it holds only 0 of the 3 school ids the district's files use (it lists 857)");
        assertThat(console).contains("suspension_data.csv, sheet 'suspension_data': refused\n    It looks like a "
                + "schools list, but it holds only 0 of the 3 school ids the district's files use (it lists 633)");
        assertThat(console).contains("chronic_absenteeism': unrecognised\n    It has no header row Village "
                + "recognises in its first 10 rows (closest, row 1: schools, but one column cannot be both school "
                + "id and school name)");
        assertThat(console).contains("SY2021': unrecognised").doesNotContain("lock", "Exception");
    }

    /**
     * The NYC DOE daily attendance feed is XML of school-level percentages (and two of its files are cut short): no
     * student in it. It is reported as a file Village does not read, and nothing of it loads.
     */
    @Test
    void reportsTheNycAttendanceFeedAsAFileItDoesNotRead() throws Exception {
        Path nyc = EXTERNAL.resolve("nyc-doe-daily-attendance-xml");
        assumeTrue(Files.isDirectory(nyc),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        List<String> feed = List.of("20171204.xml", "20160315.xml", "20130315.xml", "20171107.xml");
        for (String file : feed) {
            Files.copy(nyc.resolve(file), inbox.resolve(file));
        }

        int code = commandLine.execute(new String[] { "validate", "--inbox", inbox.toString(), "--workdir",
                dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        for (String file : feed) {
            assertThat(console).contains(file + ": unreadable\n    It is an XML file");
        }
        assertThat(console).contains("4 sheet(s) checked: 4 not used, 0 row(s) rejected.")
                .doesNotContain("Exception");
    }

    /**
     * Contoso's small "hello world" attendance writes its dates day first (01/09/2019 … 31/10/2019) and lists every
     * calendar day. Village must read them day first by the file's own dates (31/10 settles it), whatever the
     * district's en-US setting, and then refuse the 420 weekend rows (counted here: 70 weekend dates × 6 rows each)
     * and hold the file back, saying why, rather than count Saturdays as school days.
     */
    @Test
    void readsAContosoDayFirstFileDayFirstAndHoldsItBackForItsWeekends() throws Exception {
        Path file = EXTERNAL.resolve("oea-contoso-sis/test_data/hello_world_test_data_small/contoso_sis/day1/"
                + "studentattendance/part1.csv");
        assumeTrue(Files.isRegularFile(file),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        long weekendRows;
        try (Stream<String> lines = Files.lines(file)) {
            weekendRows = lines.skip(1).map(line -> line.split(",", -1)[4].split("/"))
                    .map(d -> LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]),
                            Integer.parseInt(d[0])).getDayOfWeek())
                    .filter(day -> day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)
                    .count();
        }
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.copy(file, inbox.resolve("attendance.csv"));
        Files.writeString(inbox.resolve("roster.csv"), "Student ID,School ID,Grade,Entry Date\nst1,sch0,5,2019-08-15\n");

        int code = commandLine.execute(new String[] { "validate", "--inbox", inbox.toString(), "--workdir",
                dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        assertThat(weekendRows).isEqualTo(420);
        assertThat(console).contains("attendance.csv, sheet 'attendance', row 2, date '01/09/2019': The date "
                + "2019-09-01 is a Sunday")
                .contains(weekendRows + " rejected: a school day on a Saturday or Sunday")
                .contains("most of them fall on a Saturday or Sunday");
    }

    /** A UCI student, as the test's district sends them: a school of two, a row number for an id. */
    private record UciStudent(String id, String school, String sex, int absences) {
    }

    /**
     * The UCI Student Performance data (Cortez and Silva 2008, student-mat.csv) turned into a district: its two
     * schools (GP, MS), a roster of its 395 students (id = school and line, sex as gender), and one attendance
     * summary for the school year, 180 days enrolled and the file's absences absent. June's year-to-date figures
     * must be the file's: attendance = (180 − absences) summed over 180 × students, chronic absence = share of
     * students with 18 or more absences (10% of 180), each counted here from the file's lines with plain Java.
     */
    @Test
    void computesTheUciDistrictsYearToDateAttendanceAsTheFileHasIt() throws Exception {
        Path uci = EXTERNAL.resolve("uci-student-performance/student-mat.csv");
        assumeTrue(Files.isRegularFile(uci),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        List<UciStudent> students = new ArrayList<>();
        List<String> lines = Files.readAllLines(uci);
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).replace("\"", "").split(";");
            students.add(new UciStudent(String.format("%s%04d", cells[0], line), cells[0], cells[1],
                    Integer.parseInt(cells[29])));
        }
        assertThat(students).hasSize(395);
        long enrolled = 180L * students.size();
        long present = students.stream().mapToLong(s -> 180 - s.absences()).sum();
        long chronic = students.stream().filter(s -> s.absences() >= 18).count();

        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("schools.csv"),
                "School ID,School Name\nGP,Gabriel Pereira\nMS,Mousinho da Silveira\n");
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date,Gender\n");
        StringBuilder summary = new StringBuilder(
                "Student ID,School ID,Period Start,Period End,Days Enrolled,Days Absent\n");
        for (UciStudent student : students) {
            roster.append(student.id()).append(',').append(student.school()).append(",10,2025-09-01,")
                    .append(student.sex()).append('\n');
            summary.append(student.id()).append(',').append(student.school()).append(",2025-09-01,2026-06-12,180,")
                    .append(student.absences()).append('\n');
        }
        Files.writeString(inbox.resolve("roster.csv"), roster);
        Files.writeString(inbox.resolve("attendance-2025-26.csv"), summary);

        int code = commandLine.execute(new String[] { "run", "--month", "2026-06", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console + err.toString(StandardCharsets.UTF_8)).isIn(0, 4);
        try (Connection db = database()) {
            assertThat(districtFigure(db, "YEAR_TO_DATE", "attendance_rate"))
                    .isCloseTo((double) present / enrolled, within(1e-6));
            assertThat(districtFigure(db, "YEAR_TO_DATE", "chronic_absenteeism"))
                    .isCloseTo((double) chronic / students.size(), within(1e-6));
            assertThat(rejects(db)).isZero();
        }
    }

    private Connection database() throws SQLException {
        return WorkDatabase.open(dir.resolve("work"));
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
