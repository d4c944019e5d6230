package org.village.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays out a partnership's sessions in a month: on each day of its {@link SessionSchedule}, the participants who
 * come. A participant comes only from their first session on, only on days they are at school (the same simulated
 * days as the school's attendance files): to that first session if they are at school that day, then as often as
 * their engagement says.
 */
final class SessionSimulator {

    /** On any one school day, the chance a drop-in participant (at a clinic) comes by, at full engagement. */
    private static final double DROP_IN = 0.08;

    private final RandomStreams streams;
    private final AttendanceSimulator attendance;
    private final Participation participation;

    SessionSimulator(RandomStreams streams, AttendanceSimulator attendance, Participation participation) {
        this.streams = streams;
        this.attendance = attendance;
        this.participation = participation;
    }

    /** The month's sessions by date, then by student number. */
    List<Session> month(Partnership partnership, SchoolCalendar calendar, YearMonth month) {
        List<LocalDate> sessionDays = SessionSchedule.days(partnership, calendar, month);
        PartnershipType type = partnership.type();
        List<Session> sessions = new ArrayList<>();
        for (Participant participant : participation.of(partnership)) {
            Enrollment enrollment = participant.enrollment();
            StudentMonth days = attendance.month(enrollment, calendar, month,
                    participation.exposure(participant.student())).orElse(null);
            if (days == null) {
                continue;
            }
            SplittableRandom random = streams.stream("sessions", partnership.id().hashCode(),
                    participant.student().number(), month.getYear(), month.getMonthValue());
            double chance = type.schedule() == PartnershipType.Schedule.DROP_IN
                    ? DROP_IN * participant.engagement() : participant.engagement();
            boolean firstSessionDue = YearMonth.from(participant.from()).equals(month);
            for (LocalDate day : sessionDays) {
                double comes = random.nextDouble();
                double activity = random.nextDouble();
                if (!day.isBefore(participant.from()) && days.presentOn(day) && (firstSessionDue || comes < chance)) {
                    firstSessionDue = false;
                    List<String> activities = type.activities();
                    sessions.add(new Session(participant, day, type.sessionHours(),
                            activities.get((int) (activity * activities.size()))));
                }
            }
        }
        sessions.sort(Comparator.comparing(Session::date)
                .thenComparingInt(session -> session.participant().student().number()));
        return sessions;
    }
}
