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
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
     * and hold the file back, saying why, rather than count Saturdays as school days. Its day2 export repeats day
     * one's rows (student st1) and adds as many for st2 (2,928 rows): a different file, held back the same way for
     * its own weekend rows, counted the same way.
     */
    @Test
    void readsAContosoDayFirstFileDayFirstAndHoldsItBackForItsWeekends() throws Exception {
        Path small = EXTERNAL.resolve("oea-contoso-sis/test_data/hello_world_test_data_small/contoso_sis");
        Path file = small.resolve("day1/studentattendance/part1.csv");
        Path day2 = small.resolve("day2/studentattendance/part1.csv");
        assumeTrue(Files.isRegularFile(file) && Files.isRegularFile(day2),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        long weekendRows = weekendRowsDayFirst(file);
        long day2WeekendRows = weekendRowsDayFirst(day2);
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.copy(file, inbox.resolve("attendance.csv"));
        Files.copy(day2, inbox.resolve("attendance-day2.csv"));
        Files.writeString(inbox.resolve("roster.csv"), "Student ID,School ID,Grade,Entry Date\nst1,sch0,5,2019-08-15\n"
                + "st2,sch0,5,2019-08-15\n");

        int code = commandLine.execute(new String[] { "validate", "--inbox", inbox.toString(), "--workdir",
                dir.resolve("work").toString() });

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        assertThat(weekendRows).isEqualTo(420);
        assertThat(console).contains("attendance-day2.csv, sheet 'attendance-day2', row 2, date '01/09/2019': The "
                + "date 2019-09-01 is a Sunday")
                .contains("attendance.csv, sheet 'attendance': held\n    " + weekendRows
                        + " rejected: a school day on a Saturday or Sunday")
                .contains("attendance-day2.csv, sheet 'attendance-day2': held\n    " + day2WeekendRows
                        + " rejected: a school day on a Saturday or Sunday")
                .contains("most of them fall on a Saturday or Sunday");
        assertThat(day2WeekendRows).isEqualTo(2 * weekendRows);
    }

    /** A date written M/D/YYYY. */
    private static LocalDate monthFirst(String date) {
        String[] parts = date.split("/");
        return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Rows of a Contoso file dated (DD/MM/YYYY, column 5) on a Saturday or Sunday. */
    private static long weekendRowsDayFirst(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).map(line -> line.split(",", -1)[4].split("/"))
                    .map(d -> LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]),
                            Integer.parseInt(d[0])).getDayOfWeek())
                    .filter(day -> day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)
                    .count();
        }
    }

    /** Grade points per letter on the product brief's 4.0 scale, for the plain letters Contoso writes. */
    private static final Map<String, Double> LETTER_POINTS = Map.of("A", 4.0, "B", 3.0, "C", 2.0, "D", 1.0,
            "F", 0.0);

    /**
     * District GPA and share below 2.0 of a Contoso marks file, by the route documented at the test below, and the
     * file's grade points times credits summed over every mark.
     */
    private record Gpa(double mean, double below2, int marks, double weightedPoints) {

        static Gpa of(Path marks) throws Exception {
            Map<String, double[]> byStudent = new LinkedHashMap<>();
            int rows = 0;
            try (Stream<String> lines = Files.lines(marks)) {
                for (String line : (Iterable<String>) lines.skip(1)::iterator) {
                    String[] cells = line.split(",", -1);
                    double credits = Double.parseDouble(cells[8]);
                    double[] sums = byStudent.computeIfAbsent(cells[1], s -> new double[2]);
                    sums[0] += LETTER_POINTS.get(cells[6]) * credits;
                    sums[1] += credits;
                    rows++;
                }
            }
            List<Double> gpas = byStudent.values().stream().map(s -> s[0] / s[1]).toList();
            return new Gpa(gpas.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    (double) gpas.stream().filter(g -> g < 2.0).count() / gpas.size(), rows,
                    byStudent.values().stream().mapToDouble(sums -> sums[0]).sum());
        }
    }

    /**
     * Contoso's section marks (batch1/studentsectionmark.csv), then its incremental batch (batch2: two of st1's
     * marks changed, st100's three new), sent as a district sends a corrected export: the same file name, changed.
     * The marks file carries both {@code numeric_grade_earned} (a 10-point scale running to 110, extra credit) and
     * {@code alpha_grade_earned} (A to F): Village must read the letter, which the transcript prints, and weigh it by
     * {@code credits_attempted} (not credits_earned, 0 for every F). {@code school_year} 2021 is the year the school
     * year ends, as in the batch's attendance (2022 for January 2022): 2020-21. Its terms (term1 … term10) have no
     * dates, so they count toward the year to date.
     *
     * <p>Computed here from the CSV lines: each student's GPA is the sum of letter points (A 4, B 3, C 2, D 1, F 0)
     * times credits_attempted over the sum of credits_attempted; the district's is the mean of the students' GPAs,
     * and gpa_below_2 the share of students under 2.0. The roster is the one the district would send beside it: the
     * students of the export's demographics file (SIS ID), all at one school. The demographics file itself is sent
     * too: it has no school, grade or entry date, so it is no roster, and Village says what it came closest to.
     *
     * <p>The incremental batch's attendance (batch2/studentattendance.csv, 20 rows, month first: 8/15/2020 …
     * 9/2/2020) comes with the corrected marks. Counted here: its rows on a Saturday or Sunday, and the rows outside
     * the month most of its rows fall in (the period the file is for), and its row at sch5, a school the district's
     * list (sch1 only) does not have, which is rejected first; far more than 5% are rejected, so the file is held
     * back naming the commonest reason. The batch's demographics (three students' changed flags) is, like the
     * first, no roster, and said so again.
     */
    @Test
    void computesTheGpaOfContosoSectionMarksAndOfTheirCorrectedBatch() throws Exception {
        Path batch1 = EXTERNAL.resolve("oea-contoso-sis/test_data/batch1/studentsectionmark.csv");
        Path batch2 = EXTERNAL.resolve("oea-contoso-sis/test_data/batch2/studentsectionmark.csv");
        Path demographics = EXTERNAL.resolve("oea-contoso-sis/test_data/batch1/studentdemographics.csv");
        Path attendance = EXTERNAL.resolve("oea-contoso-sis/test_data/batch2/studentattendance.csv");
        assumeTrue(Files.isRegularFile(batch1) && Files.isRegularFile(batch2),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        Gpa first = Gpa.of(batch1);
        Gpa second = Gpa.of(batch2);
        assertThat(first.marks()).as("the file as SOURCES.md describes it").isEqualTo(1044);
        assertThat(second.marks()).isEqualTo(1046);
        assertThat(second.mean()).isNotCloseTo(first.mean(), within(1e-6));
        List<String[]> attendanceRows = Files.readAllLines(attendance).stream().skip(1)
                .map(line -> line.split(",", -1)).toList();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        attendanceRows.forEach(cells -> byMonth.merge(YearMonth.from(monthFirst(cells[4])), 1L, Long::sum));
        YearMonth period = byMonth.entrySet().stream().filter(e -> e.getValue() * 2 > attendanceRows.size())
                .findFirst().orElseThrow().getKey();
        long otherSchool = attendanceRows.stream().filter(cells -> !cells[3].equals("sch1")).count();
        List<LocalDate> days = attendanceRows.stream().filter(cells -> cells[3].equals("sch1"))
                .map(cells -> monthFirst(cells[4])).toList();
        long outside = days.stream().filter(day -> !YearMonth.from(day).equals(period)).count();
        long weekend = days.stream().filter(day -> YearMonth.from(day).equals(period))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                .count();
        assertThat(attendanceRows).hasSize(20);
        assertThat(outside).isGreaterThan(weekend).isGreaterThan(otherSchool);

        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.copy(demographics, inbox.resolve("studentdemographics.csv"));
        Files.writeString(inbox.resolve("schools.csv"), "School ID,School Name\nsch1,Contoso High\n");
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        Files.readAllLines(demographics).stream().skip(1).map(line -> line.split(",", -1)[0])
                .forEach(student -> roster.append(student).append(",sch1,10,2020-08-17\n"));
        Files.writeString(inbox.resolve("roster.csv"), roster);
        Files.copy(batch1, inbox.resolve("studentsectionmark.csv"));

        int code = run("2021-06", inbox);

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console).contains("numeric_grade_earned → ignored; alpha_grade_earned → mark")
                .contains("credits_attempted → credits; credits_earned → ignored")
                .contains("course marks                 1      1,044      1,044         0")
                .contains("studentdemographics.csv, sheet 'studentdemographics': unrecognised\n    It has no "
                        + "header row Village recognises in its first 10 rows (closest, row 1: daily attendance "
                        + "without date, attendance code; participation without partnership id)");
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement("SELECT school_year, SUM(grade_points * credits) "
                        + "FROM course_mark GROUP BY school_year");
                ResultSet marks = query.executeQuery()) {
            assertThat(marks.next()).isTrue();
            assertThat(marks.getString(1)).isEqualTo("2020-21");
            assertThat(marks.getDouble(2)).isCloseTo(first.weightedPoints(), within(1e-6));
            assertThat(marks.next()).isFalse();
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa")).isCloseTo(first.mean(), within(1e-6));
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa_below_2")).isCloseTo(first.below2(), within(1e-6));
            assertThat(loadedMarks(db)).isEqualTo(first.marks());
            assertThat(rejects(db)).isZero();
        }

        Files.copy(batch2, inbox.resolve("studentsectionmark.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(attendance, inbox.resolve("studentattendance.csv"));
        Files.copy(EXTERNAL.resolve("oea-contoso-sis/test_data/batch2/studentdemographics.csv"),
                inbox.resolve("studentdemographics.csv"), StandardCopyOption.REPLACE_EXISTING);
        out.reset();
        code = run("2021-06", inbox);

        console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console).contains("course marks                 1      1,046      1,046         0")
                .contains("studentsectionmark.csv, sheet 'studentsectionmark' replaces studentsectionmark.csv, "
                        + "sheet 'studentsectionmark'")
                .contains("studentattendance.csv, sheet 'studentattendance': held\n")
                .contains("    " + outside + " rejected: a date outside the period the file is for\n")
                .contains("    " + weekend + " rejected: a school day on a Saturday or Sunday\n")
                .contains("    " + otherSchool + " rejected: a school not in the schools list\n")
                .contains("It was held back: " + (outside + weekend + otherSchool) + " of its 20 rows were rejected, "
                        + "more than 5%; most of them are dated outside the period the file is for")
                .contains("studentdemographics.csv, sheet 'studentdemographics': unrecognised\n    It has no "
                        + "header row Village recognises in its first 10 rows (closest, row 1: daily attendance "
                        + "without date, attendance code; participation without partnership id)");
        try (Connection db = database()) {
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa")).isCloseTo(second.mean(), within(1e-6));
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa_below_2")).isCloseTo(second.below2(), within(1e-6));
            assertThat(loadedMarks(db)).as("the corrected batch replaces the first, not adds to it")
                    .isEqualTo(second.marks());
            assertThat(rejects(db)).isEqualTo(outside + weekend + otherSchool);
        }
    }

    /**
     * Contoso's "hello world" SIS export: a students file (SIS ID, School SIS ID, Grade … names and passwords, no
     * entry date) and the section marks of its 400 students, written in four parts joined one after another, so the
     * header row comes again three times inside the data, and with no school year at all. Village cannot take the
     * students file for a roster (it has no entry date) and says so; with the roster the district would send (each
     * student at their School SIS ID), the marks load, the three repeated headers are rejected as what they are, and
     * the marks take the run month's school year, 2019-20, since nothing else gives one. GPA computed here from the
     * CSV lines (repeated headers left out) as for the batch marks above: for the district, and for each school
     * over the students of that school.
     */
    @Test
    void computesTheGpaOfContosoPartFileMarksWithNoSchoolYear() throws Exception {
        Path day1 = EXTERNAL.resolve("oea-contoso-sis/test_data/hello_world_test_data/contoso_sis/day1");
        Path students = day1.resolve("students/part1.csv");
        Path marks = day1.resolve("studentsectionmark/part1.csv");
        assumeTrue(Files.isRegularFile(students) && Files.isRegularFile(marks),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        Map<String, String> schoolOf = new TreeMap<>();
        Files.readAllLines(students).stream().skip(1).map(line -> line.split(",", -1))
                .forEach(cells -> schoolOf.put(cells[0], cells[1]));
        List<String> lines = Files.readAllLines(marks);
        List<String> header = lines.subList(0, 1);
        Path dataOnly = dir.resolve("marks-without-repeated-headers.csv");
        Files.write(dataOnly, Stream.concat(header.stream(), lines.stream().skip(1)
                .filter(line -> !line.equals(header.get(0)))).toList());
        long repeatedHeaders = lines.stream().skip(1).filter(line -> line.equals(header.get(0))).count();
        Gpa district = Gpa.of(dataOnly);
        assertThat(schoolOf).hasSize(400);
        assertThat(repeatedHeaders).isEqualTo(3);
        assertThat(district.marks()).isEqualTo(4800);

        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.copy(students, inbox.resolve("students.csv"));
        Files.copy(marks, inbox.resolve("studentsectionmark.csv"));
        StringBuilder schools = new StringBuilder("School ID,School Name\n");
        new TreeSet<>(schoolOf.values()).forEach(school -> schools.append(school).append(",Contoso ")
                .append(school).append('\n'));
        Files.writeString(inbox.resolve("schools.csv"), schools);
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        schoolOf.forEach((student, school) -> roster.append(student).append(',').append(school)
                .append(",10,2019-08-15\n"));
        Files.writeString(inbox.resolve("roster.csv"), roster);

        int code = run("2020-06", inbox);

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console).contains("course marks                 1      4,803      4,800         3")
                .contains("studentsectionmark.csv, sheet 'studentsectionmark': loaded\n    3 rejected: the header "
                        + "row again, inside the data")
                .contains("students.csv, sheet 'students': unrecognised\n    It has no header row Village "
                        + "recognises in its first 10 rows (closest, row 1: schools without school name; student "
                        + "roster without entry date; daily attendance without date; course marks without term, "
                        + "course; participation without partnership id; check-ins without partnership id, "
                        + "check-in date)");
        try (Connection db = database()) {
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa")).isCloseTo(district.mean(), within(1e-6));
            assertThat(districtFigure(db, "YEAR_TO_DATE", "gpa_below_2")).isCloseTo(district.below2(),
                    within(1e-6));
            for (String school : new TreeSet<>(schoolOf.values())) {
                Path schoolMarks = dir.resolve(school + ".csv");
                Files.write(schoolMarks, Files.readAllLines(dataOnly).stream()
                        .filter(line -> line.equals(header.get(0))
                                || school.equals(schoolOf.get(line.split(",", -1)[1])))
                        .toList());
                assertThat(figure(db, "SCHOOL", school, "gpa")).as(school)
                        .isCloseTo(Gpa.of(schoolMarks).mean(), within(1e-6));
            }
            try (PreparedStatement query = db.prepareStatement("SELECT DISTINCT school_year FROM course_mark");
                    ResultSet years = query.executeQuery()) {
                assertThat(years.next()).isTrue();
                assertThat(years.getString(1)).isEqualTo("2019-20");
                assertThat(years.next()).isFalse();
            }
        }
    }

    /** An Ed-Fi StudentSchoolAttendanceEvent as the JDK's DOM reads it. */
    private record EdFiEvent(String student, String school, LocalDate date, String category) {
        boolean weekday() {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        /** Ed-Fi's Tardy and Partial are days present for part of the day; the rest of the sample are absences. */
        boolean present() {
            return category.equals("Tardy") || category.equals("Partial");
        }
    }

    /**
     * The Ed-Fi Data Standard's Grand Bend sample (all six interchanges) as a district's inbox, with the roster its
     * missing StudentEnrollment.xml would have given: each student of the attendance events at the school of their
     * events. Counted here through the JDK's DOM: the three School records, the 1,917 attendance events, those on a
     * Saturday or Sunday (rejected), and for March 2022 each school's students and its events that are days
     * present (Tardy, Partial) over all its weekday events. The sample records absences only (and tardies), never a
     * day in attendance, so every school reads far below 50% and the plausibility check must say so, school by
     * school, in the words asserted here; the district's March figure is the same share over all schools.
     */
    @Test
    void runsTheEdFiGrandBendSampleAndWarnsOfItsAbsenceOnlyAttendance() throws Exception {
        Path sample = EXTERNAL.resolve("edfi-grand-bend-sample-xml");
        assumeTrue(Files.isDirectory(sample),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, String> schools = new TreeMap<>();
        Element organizations = factory.newDocumentBuilder().parse(sample.resolve("EducationOrganization.xml")
                .toFile()).getDocumentElement();
        for (Element school : children(organizations, "School")) {
            schools.put(text(school, "SchoolId"), text(school, "NameOfInstitution"));
        }
        List<EdFiEvent> events = new ArrayList<>();
        Element attendance = factory.newDocumentBuilder().parse(sample.resolve("StudentSchoolAttendance.xml")
                .toFile()).getDocumentElement();
        for (Element event : children(attendance, "StudentSchoolAttendanceEvent")) {
            String category = text(event, "AttendanceEventCategory");
            events.add(new EdFiEvent(text(event, "StudentUniqueId"),
                    text(children(event, "SchoolReference").get(0), "SchoolId"),
                    LocalDate.parse(text(event, "EventDate")), category.substring(category.indexOf('#') + 1)));
        }
        Map<String, String> schoolOf = new TreeMap<>();
        events.forEach(event -> schoolOf.put(event.student(), event.school()));
        long weekend = events.stream().filter(event -> !event.weekday()).count();
        List<EdFiEvent> march = events.stream().filter(EdFiEvent::weekday)
                .filter(event -> YearMonth.from(event.date()).equals(YearMonth.of(2022, 3))).toList();
        assertThat(schools).hasSize(3);
        assertThat(events).hasSize(1917);
        assertThat(weekend).isEqualTo(3);

        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName().toString()));
            }
        }
        StringBuilder roster = new StringBuilder("Student ID,School ID,Grade,Entry Date\n");
        schoolOf.forEach((student, school) -> roster.append(student).append(',').append(school)
                .append(",5,2021-08-16\n"));
        Files.writeString(inbox.resolve("roster.csv"), roster);

        int code = run("2022-03", inbox);

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(console).contains(String.format("schools                      1          3          3         0\n"
                + "daily attendance             1      1,917      1,914         %d\n"
                + "student roster               1        %d        %d         0", weekend, schoolOf.size(),
                schoolOf.size()))
                .contains("StudentSchoolAttendance.xml, sheet 'StudentSchoolAttendanceEvent': loaded\n    " + weekend
                        + " rejected: a school day on a Saturday or Sunday");
        assertThat(console).contains("Check before using these figures (3 warning(s)):");
        schools.forEach((id, name) -> {
            List<EdFiEvent> school = march.stream().filter(event -> event.school().equals(id)).toList();
            long students = school.stream().map(EdFiEvent::student).distinct().count();
            long present = school.stream().filter(EdFiEvent::present).count();
            assertThat(console).contains(String.format(Locale.ROOT, "%s (%s): attendance for March 2022 reads "
                    + "%.1f%% over %d students, below 50.0%%. Check the school's attendance file: days present and "
                    + "days enrolled (or absent) in the right columns, and what each attendance code means.", name,
                    id, 100.0 * present / school.size(), students));
        });
        try (Connection db = database()) {
            assertThat(districtFigure(db, "MONTH", "attendance_rate")).isCloseTo(
                    (double) march.stream().filter(EdFiEvent::present).count() / march.size(), within(1e-6));
            assertThat(rejects(db)).isEqualTo(weekend);
        }
    }

    /** The element's children with that local name. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getLocalName().equals(localName)) {
                children.add(child);
            }
        }
        return children;
    }

    /** The text of the element's first descendant with that local name. */
    private static String text(Element element, String localName) {
        return element.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    /** A UCI student, as the test's district sends them: a school of two, a row number for an id. */
    private record UciStudent(String id, String school, String sex, int absences) {
    }

    /**
     * The UCI Student Performance data (Cortez and Silva 2008: student-mat.csv, 395 students of mathematics, and
     * student-por.csv, 649 of Portuguese) turned into a district, one file at a time: its two schools (GP, MS), a
     * roster of its students (id = school and line, sex as gender), and one attendance
     * summary for the school year, 180 days enrolled and the file's absences absent. June's year-to-date figures
     * must be the file's: attendance = (180 − absences) summed over 180 × students, chronic absence = share of
     * students with 18 or more absences (10% of 180), each counted here from the file's lines with plain Java.
     */
    @ParameterizedTest
    @CsvSource({ "student-mat.csv, 395", "student-por.csv, 649" })
    void computesTheUciDistrictsYearToDateAttendanceAsTheFileHasIt(String file, int rows) throws Exception {
        Path uci = EXTERNAL.resolve("uci-student-performance").resolve(file);
        assumeTrue(Files.isRegularFile(uci),
                "shared/external-data is not beside this clone; the real-export tests are skipped");
        List<UciStudent> students = new ArrayList<>();
        List<String> lines = Files.readAllLines(uci);
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).replace("\"", "").split(";");
            students.add(new UciStudent(String.format("%s%04d", cells[0], line), cells[0], cells[1],
                    Integer.parseInt(cells[29])));
        }
        assertThat(students).as("the file as SOURCES.md describes it").hasSize(rows);
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

    private int run(String month, Path inbox) {
        return commandLine.execute(new String[] { "run", "--month", month, "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString(), "--workdir", dir.resolve("work").toString() });
    }

    private static long loadedMarks(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM course_mark m JOIN ingest_source s "
                + "ON s.source_id = m.source_id WHERE s.status = 'LOADED'");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection database() throws SQLException {
        return WorkDatabase.open(dir.resolve("work"));
    }

    private static double districtFigure(Connection db, String window, String kpi) throws SQLException {
        return figure(db, "DISTRICT", null, window, kpi);
    }

    /** A school's year-to-date figure. */
    private static double figure(Connection db, String scope, String scopeId, String kpi) throws SQLException {
        return figure(db, scope, scopeId, "YEAR_TO_DATE", kpi);
    }

    /**
     * The figure of the month run: the monthly attendance rates of the year's earlier loaded months are stored too (for
     * the trend chart), and the month run is the latest with year-to-date figures.
     */
    private static double figure(Connection db, String scope, String scopeId, String window, String kpi)
            throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT kpi_value FROM kpi_value WHERE scope = ? AND "
                + "(CAST(? AS VARCHAR(40)) IS NULL OR scope_id = ?) AND subgroup = 'all' AND period_kind = ? "
                + "AND kpi = ? AND report_month = (SELECT MAX(report_month) FROM kpi_value "
                + "WHERE period_kind = 'YEAR_TO_DATE')")) {
            query.setString(1, scope);
            query.setString(2, scopeId);
            query.setString(3, scopeId);
            query.setString(4, window);
            query.setString(5, kpi);
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
