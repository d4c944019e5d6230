package org.village.generate;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many volunteers a partner counts in a month and the hours they give: volunteer programmes run on a crowd of
 * volunteers, mentoring on about one mentor for three students, tutoring on a tutor for six, the rest on a handful of
 * staff volunteers. Hours are rounded to the half hour, as partners round them.
 */
final class VolunteerMonths {

    private VolunteerMonths() {
    }

    static VolunteerMonth of(Partnership partnership, YearMonth month, List<Session> sessions,
            SplittableRandom random) {
        long students = sessions.stream().map(s -> s.participant().student().number()).distinct().count();
        int volunteers = switch (partnership.type()) {
            case VOLUNTEERS -> (12 + random.nextInt(20)) * partnership.schools().size();
            case MENTORING -> (int) Math.max(2, students / 3);
            case TUTORING -> (int) Math.max(2, students / 6);
            default -> 2 + random.nextInt(8);
        };
        double perVolunteer = partnership.type() == PartnershipType.VOLUNTEERS ? 4 + 6 * random.nextDouble()
                : 2 + 4 * random.nextDouble();
        return new VolunteerMonth(month, volunteers, Math.round(volunteers * perVolunteer * 2) / 2.0);
    }
}
