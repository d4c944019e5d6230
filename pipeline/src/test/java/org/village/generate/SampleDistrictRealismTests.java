package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.generate.GeneratedFiles.AttendanceRow;

/** Measured from the files, with the definitions the reports print (product brief §2). */
class SampleDistrictRealismTests {

    private static final YearMonth LAST_BASELINE_MONTH = YearMonth.of(2026, 6);

    @TempDir
    static Path dir;

    static List<AttendanceRow> attendance;

    @BeforeAll
    static void generate() throws IOException {
        new SampleDistrictGenerator(20261, YearMonth.of(2026, 10)).writeTo(dir);
        attendance = GeneratedFiles.attendance(dir);
    }

    @Test
    void fifteenToTwentyFivePercentOfStudentsAreChronicallyAbsentOverTheBaselineYear() {
        assertThat(chronicShare(row -> baseline(row))).isBetween(0.15, 0.25);
    }

    @Test
    void highSchoolStudentsAreChronicallyAbsentMoreOftenThanElementaryStudents() {
        double high = chronicShare(row -> baseline(row) && row.schoolId().equals("0301"));
        double elementary = chronicShare(row -> baseline(row) && row.schoolId().startsWith("01"));
        assertThat(high).isGreaterThan(elementary);
    }

    @Test
    void decemberAttendanceIsBelowOctobers() {
        assertThat(attendanceRate(row -> row.month().equals(YearMonth.of(2025, 12))))
                .isLessThan(attendanceRate(row -> row.month().equals(YearMonth.of(2025, 10))));
    }

    @Test
    void theCurrentYearSoFarAttendsAboutHalfAPointBetterThanTheSameMonthsOfTheBaseline() {
        Predicate<AttendanceRow> augustToOctober = row -> row.month().getMonthValue() >= Month.AUGUST.getValue()
                && row.month().getMonthValue() <= Month.OCTOBER.getValue();
        // The planted bad rows are what ingest rejects, so they are left out here too.
        Predicate<AttendanceRow> usable = row -> row.daysPresent() <= row.daysEnrolled()
                && !row.studentId().equals("999999");
        double current = attendanceRate(augustToOctober.and(usable).and(row -> !baseline(row)));
        double before = attendanceRate(augustToOctober.and(usable).and(row -> baseline(row)));
        assertThat(current - before).isBetween(0.002, 0.009);
    }

    private static boolean baseline(AttendanceRow row) {
        return !row.month().isAfter(LAST_BASELINE_MONTH);
    }

    /** Students enrolled 10 or more days who missed 10% or more of them, over students enrolled 10 or more days. */
    private static double chronicShare(Predicate<AttendanceRow> rows) {
        Map<String, int[]> enrolledAndMissed = new TreeMap<>();
        attendance.stream().filter(rows).forEach(row -> {
            int[] days = enrolledAndMissed.computeIfAbsent(row.studentId(), id -> new int[2]);
            days[0] += row.daysEnrolled();
            days[1] += row.daysEnrolled() - row.daysPresent();
        });
        long counted = enrolledAndMissed.values().stream().filter(days -> days[0] >= 10).count();
        long chronic = enrolledAndMissed.values().stream()
                .filter(days -> days[0] >= 10 && days[1] * 10 >= days[0])
                .count();
        return (double) chronic / counted;
    }

    private static double attendanceRate(Predicate<AttendanceRow> rows) {
        long enrolled = attendance.stream().filter(rows).mapToLong(AttendanceRow::daysEnrolled).sum();
        long present = attendance.stream().filter(rows).mapToLong(AttendanceRow::daysPresent).sum();
        return (double) present / enrolled;
    }
}
