package org.village.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plays out a student's month day by day: every school day the student was enrolled, they are present or absent by
 * their {@link AbsenceModel} probability. Drawing days (rather than a monthly total) gives months the lumpiness real
 * ones have.
 */
final class AttendanceSimulator {

    private final RandomStreams streams;
    private final AbsenceModel absences;

    AttendanceSimulator(RandomStreams streams, AbsenceModel absences) {
        this.streams = streams;
        this.absences = absences;
    }

    /** Empty when the student was not enrolled on any school day of the month. */
    Optional<MonthlyAttendance> month(Enrollment enrollment, SchoolCalendar calendar, YearMonth month) {
        Student student = enrollment.student();
        double p = absences.dailyProbability(student, enrollment.school().level(), calendar.year(), month.getMonth());
        SplittableRandom random = streams.stream("attendance", student.number(), month.getYear(), month.getMonthValue());
        int enrolled = 0;
        int present = 0;
        for (LocalDate day : calendar.daysIn(month)) {
            if (enrollment.enrolledOn(day)) {
                enrolled++;
                if (random.nextDouble() >= p) {
                    present++;
                }
            }
        }
        return enrolled == 0 ? Optional.empty()
                : Optional.of(new MonthlyAttendance(student.id(), enrollment.school().id(), month, enrolled, present));
    }
}
