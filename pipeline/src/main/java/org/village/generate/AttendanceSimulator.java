package org.village.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plays out a student's month day by day: every school day the student was enrolled, they are absent by their
 * {@link AbsenceModel} probability, and a day present is now and then a late arrival, a day absent excused or not.
 * Drawing days (rather than a monthly total) gives months the lumpiness real ones have. The draws depend only on the
 * student and the month, so a participant's days differ from what they would have been only by the planted effect.
 */
final class AttendanceSimulator {

    private final RandomStreams streams;
    private final AbsenceModel absences;

    AttendanceSimulator(RandomStreams streams, AbsenceModel absences) {
        this.streams = streams;
        this.absences = absences;
    }

    /** Empty when the student was not enrolled on any school day of the month; {@code exposure} may be null. */
    Optional<StudentMonth> month(Enrollment enrollment, SchoolCalendar calendar, YearMonth month, Exposure exposure) {
        Student student = enrollment.student();
        double usual = absences.dailyProbability(student, enrollment.grade(), calendar.year(), month.getMonth(), 0);
        double exposed = exposure == null ? usual : absences.dailyProbability(student, enrollment.grade(),
                calendar.year(), month.getMonth(), exposure.attendancePoints());
        SplittableRandom random = streams.stream("attendance", student.number(), month.getYear(),
                month.getMonthValue());
        var schoolDays = calendar.daysIn(month);
        LocalDate[] days = new LocalDate[schoolDays.size()];
        DayStatus[] statuses = new DayStatus[schoolDays.size()];
        double[] detail = new double[schoolDays.size()];
        int n = 0;
        for (LocalDate day : schoolDays) {
            if (!enrollment.enrolledOn(day)) {
                continue;
            }
            double p = exposure != null && exposure.covers(day) ? exposed : usual;
            double absent = random.nextDouble();
            double kind = random.nextDouble();
            days[n] = day;
            detail[n] = random.nextDouble();
            if (absent >= p) {
                statuses[n] = kind < 0.03 + 0.5 * p ? DayStatus.TARDY : DayStatus.PRESENT;
            } else {
                statuses[n] = kind < Math.max(0.25, 0.65 - 2 * p) ? DayStatus.EXCUSED_ABSENCE
                        : DayStatus.UNEXCUSED_ABSENCE;
            }
            n++;
        }
        return n == 0 ? Optional.empty()
                : Optional.of(new StudentMonth(enrollment, List.of(Arrays.copyOf(days, n)),
                        Arrays.copyOf(statuses, n), Arrays.copyOf(detail, n)));
    }
}
