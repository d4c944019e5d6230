package org.village.generate;

import java.time.YearMonth;

/**
 * A school year's attendance as simulated (before any bad row was planted): each student's days enrolled and absent
 * over the year, and the district's days enrolled and present by month.
 */
final class AttendanceTally {

    /** Chronic absence counts students enrolled at least this many days. */
    static final int MINIMUM_DAYS = 10;

    private final SchoolYear year;
    private final int[] enrolled;
    private final int[] absent;
    private final long[] monthEnrolled = new long[12];
    private final long[] monthPresent = new long[12];

    AttendanceTally(SchoolYear year, int students) {
        this.year = year;
        this.enrolled = new int[students];
        this.absent = new int[students];
    }

    SchoolYear year() {
        return year;
    }

    /** Adds one student's month at a school. */
    void add(StudentMonth month) {
        int student = month.enrollment().student().index();
        enrolled[student] += month.daysEnrolled();
        absent[student] += month.daysAbsent();
    }

    /** Adds a school's month: its students' days enrolled and present. */
    void addMonth(YearMonth month, long daysEnrolled, long daysPresent) {
        int i = monthIndex(month);
        monthEnrolled[i] += daysEnrolled;
        monthPresent[i] += daysPresent;
    }

    /** Students enrolled at least {@link #MINIMUM_DAYS} days. */
    int studentsCounted() {
        int counted = 0;
        for (int days : enrolled) {
            counted += days >= MINIMUM_DAYS ? 1 : 0;
        }
        return counted;
    }

    /** Of the students counted, those who missed 10% or more of their days enrolled. */
    int chronicallyAbsent() {
        int chronic = 0;
        for (int i = 0; i < enrolled.length; i++) {
            chronic += enrolled[i] >= MINIMUM_DAYS && absent[i] * 10 >= enrolled[i] ? 1 : 0;
        }
        return chronic;
    }

    long daysEnrolled() {
        long sum = 0;
        for (long days : monthEnrolled) {
            sum += days;
        }
        return sum;
    }

    long daysPresent() {
        long sum = 0;
        for (long days : monthPresent) {
            sum += days;
        }
        return sum;
    }

    long daysEnrolled(YearMonth month) {
        return monthEnrolled[monthIndex(month)];
    }

    long daysPresent(YearMonth month) {
        return monthPresent[monthIndex(month)];
    }

    private int monthIndex(YearMonth month) {
        return (int) (month.getYear() * 12L + month.getMonthValue() - 1 - (year.startYear() * 12L + 6));
    }
}
