package org.village.generate;

import static org.village.generate.RiverbendDistrict.BASELINE_YEAR;
import static org.village.generate.RiverbendDistrict.CURRENT_YEAR;
import static org.village.generate.RiverbendDistrict.SCHOOLS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files of a small fictional district, Riverbend Unified: its schools, a roster per school year and a
 * monthly attendance summary per school, for the whole baseline year 2025-26 and the current year 2026-27 up to a
 * given month. The same seed and month always give the same files, byte for byte.
 */
public final class SampleDistrictGenerator {

    private final long seed;
    private final YearMonth through;
    private final SchoolCalendar baselineCalendar = SchoolCalendar.of(BASELINE_YEAR);
    private final SchoolCalendar currentCalendar = SchoolCalendar.of(CURRENT_YEAR);

    /** {@code through} is the last month written, a month of the current school year when school is in session. */
    public SampleDistrictGenerator(long seed, YearMonth through) {
        if (through.isBefore(YearMonth.from(currentCalendar.firstDay()))
                || through.isAfter(YearMonth.from(currentCalendar.lastDay()))) {
            throw new IllegalArgumentException("through must be a month of the " + CURRENT_YEAR.label()
                    + " school year with school days, " + YearMonth.from(currentCalendar.firstDay()) + " to "
                    + YearMonth.from(currentCalendar.lastDay()) + ", not " + through);
        }
        this.seed = seed;
        this.through = through;
    }

    /** Writes the district's files under dir (created if absent) and returns a summary. */
    public GenerationSummary writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        RandomStreams streams = new RandomStreams(seed);
        RosterPlanner planner = new RosterPlanner(SCHOOLS, streams.stream("rosters"));
        Roster baseline = planner.firstYear(baselineCalendar);
        Roster current = planner.nextYear(baseline, currentCalendar).asOf(through.atEndOfMonth());

        int files = 0;
        SchoolsWorkbook.write(dir.resolve("schools.xlsx"), SCHOOLS, dayAfter(through));
        files++;
        RosterWorkbook.write(rosterFile(dir, baseline), baseline, dayAfter(BASELINE_YEAR.lastMonth()));
        files++;
        RosterWorkbook.write(rosterFile(dir, current), current, dayAfter(through));
        files++;

        AttendanceFiles attendance = new AttendanceFiles(dir, new AttendanceSimulator(streams,
                new AbsenceModel(BASELINE_YEAR)), new PlantedDefects(through));
        attendance.write(baseline, baselineCalendar, YearMonth.from(baselineCalendar.lastDay()));
        attendance.write(current, currentCalendar, through);

        int students = (int) Stream.concat(baseline.enrollments().stream(), current.enrollments().stream())
                .mapToInt(e -> e.student().number())
                .distinct()
                .count();
        return new GenerationSummary(SCHOOLS.size(), students, files + attendance.files, attendance.rows);
    }

    private static Path rosterFile(Path dir, Roster roster) {
        return dir.resolve("roster-" + roster.year().label() + ".xlsx");
    }

    /** Files are stamped as exported the day after the period they cover. */
    private static LocalDate dayAfter(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }

    /** Writes {@code attendance/<yyyy-mm>/<school>-attendance-<yyyy-mm>.xlsx} and counts what it wrote. */
    private static final class AttendanceFiles {

        private final Path dir;
        private final AttendanceSimulator simulator;
        private final PlantedDefects defects;
        private int files;
        private long rows;

        AttendanceFiles(Path dir, AttendanceSimulator simulator, PlantedDefects defects) {
            this.dir = dir;
            this.simulator = simulator;
            this.defects = defects;
        }

        void write(Roster roster, SchoolCalendar calendar, YearMonth lastMonth) throws IOException {
            for (YearMonth month = YearMonth.from(calendar.firstDay()); !month.isAfter(lastMonth);
                    month = month.plusMonths(1)) {
                for (School school : SCHOOLS) {
                    YearMonth m = month;
                    List<MonthlyAttendance> summary = roster.at(school).stream()
                            .flatMap(e -> simulator.month(e, calendar, m).stream())
                            .toList();
                    summary = defects.apply(school, month, summary);
                    Path file = dir.resolve("attendance").resolve(month.toString())
                            .resolve(school.id() + "-attendance-" + month + ".xlsx");
                    AttendanceSummaryWorkbook.write(file, school, month, summary, dayAfter(month));
                    files++;
                    rows += summary.size();
                }
            }
        }
    }
}
