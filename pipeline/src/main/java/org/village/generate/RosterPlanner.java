package org.village.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Decides who is enrolled where, year by year: a first year filled with new students, then each following year
 * promotes the students who stayed (fifth graders move up to the middle school their school feeds, eighth graders
 * to the high school, twelfth graders leave), loses a few over the summer, admits kindergarten and newcomers to keep
 * every grade about its usual size, and has a few students arrive or leave during the year.
 */
final class RosterPlanner {

    /** Share of a school's first-day size that arrives later in the year. */
    private static final double LATE_ARRIVALS = 0.04;
    /** Share of first-day students who leave the district during the year. */
    private static final double LEAVERS = 0.04;
    /** Share of students who do not come back after the summer (moves, private schools). */
    private static final double SUMMER_LEAVERS = 0.05;
    /** Grade sizes vary by this much either way around a school's average. */
    private static final double GRADE_SIZE_SPREAD = 0.06;
    /** Transfers happen neither in the first weeks nor the last weeks of the year. */
    private static final int QUIET_SCHOOL_DAYS = 15;

    private final District district;
    private final List<School> schools;
    private final SplittableRandom random;
    private final NewStudents newStudents;

    RosterPlanner(District district, int firstDayStudents, SplittableRandom random) {
        this.district = district;
        this.schools = district.schools();
        this.random = random;
        this.newStudents = new NewStudents(random, firstDayStudents);
    }

    /** Students admitted so far, over all years planned; their indexes run below this. */
    int studentsAdmitted() {
        return newStudents.admitted();
    }

    Roster firstYear(SchoolCalendar calendar) {
        List<Seat> seats = new ArrayList<>();
        for (School school : schools) {
            for (Grade grade : school.level().grades()) {
                int size = gradeSize(school);
                for (int i = 0; i < size; i++) {
                    seats.add(new Seat(school, grade, calendar.firstDay()));
                }
            }
        }
        seats.addAll(lateArrivals(calendar));
        return new Roster(calendar.year(), fill(seats, List.of(), calendar));
    }

    Roster nextYear(Roster previous, SchoolCalendar calendar) {
        List<Enrollment> returning = new ArrayList<>();
        Map<String, Integer> taken = new TreeMap<>();
        for (Enrollment last : previous.enrollments()) {
            if (!last.stays() || last.grade().equals(Grade.TWELFTH) || random.nextDouble() < SUMMER_LEAVERS) {
                continue;
            }
            Grade grade = last.grade().next();
            School school = district.receiving(last.school(), grade);
            returning.add(firstDay(last.student(), school, grade, calendar));
            taken.merge(seatKey(school, grade), 1, Integer::sum);
        }
        List<Seat> seats = new ArrayList<>();
        for (School school : schools) {
            for (Grade grade : school.level().grades()) {
                int size = gradeSize(school);
                for (int i = taken.getOrDefault(seatKey(school, grade), 0); i < size; i++) {
                    seats.add(new Seat(school, grade, calendar.firstDay()));
                }
            }
        }
        seats.addAll(lateArrivals(calendar));
        return new Roster(calendar.year(), fill(seats, returning, calendar));
    }

    private List<Enrollment> fill(List<Seat> seats, List<Enrollment> returning, SchoolCalendar calendar) {
        List<Enrollment> enrollments = new ArrayList<>(returning);
        List<Student> students = newStudents.admit(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            enrollments.add(seat.entry().isAfter(calendar.firstDay())
                    ? new Enrollment(students.get(i), seat.school(), seat.grade(), seat.entry(), null)
                    : firstDay(students.get(i), seat.school(), seat.grade(), calendar));
        }
        return enrollments;
    }

    private Enrollment firstDay(Student student, School school, Grade grade, SchoolCalendar calendar) {
        LocalDate exit = random.nextDouble() < LEAVERS ? transferDay(calendar) : null;
        return new Enrollment(student, school, grade, calendar.firstDay(), exit);
    }

    private List<Seat> lateArrivals(SchoolCalendar calendar) {
        List<Seat> seats = new ArrayList<>();
        for (School school : schools) {
            List<Grade> grades = school.level().grades();
            long count = Math.round(school.targetStudents() * LATE_ARRIVALS);
            for (long i = 0; i < count; i++) {
                seats.add(new Seat(school, grades.get(random.nextInt(grades.size())), transferDay(calendar)));
            }
        }
        return seats;
    }

    private LocalDate transferDay(SchoolCalendar calendar) {
        return calendar.day(QUIET_SCHOOL_DAYS + random.nextInt(calendar.dayCount() - 2 * QUIET_SCHOOL_DAYS));
    }

    private int gradeSize(School school) {
        double average = (double) school.targetStudents() / school.level().grades().size();
        return (int) Math.round(average * (1 + GRADE_SIZE_SPREAD * (2 * random.nextDouble() - 1)));
    }

    private static String seatKey(School school, Grade grade) {
        return school.id() + "/" + grade.label();
    }

    private record Seat(School school, Grade grade, LocalDate entry) {
    }
}
