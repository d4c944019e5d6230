package org.village.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who takes part in which partnership. A partnership draws from the students at its schools enrolled on its first
 * day and not already in another partnership (so each student's planted effect is one partnership's). Students who need it more are likelier to be taken on: the chance rises with the tendency to miss
 * school and with poverty or homelessness, and falls with ability, as when schools refer students. A comparison group
 * is left over naturally: the same schools and grades, not served.
 */
final class Participation {

    /** How strongly need drives selection, on the logit scale per unit of need. */
    private static final double SELECTIVITY = 1.2;
    /** Half the participants join on the partnership's first day, the rest within this many school days; each
     * starts at the first session from the day they join. */
    private static final int JOINING_DAYS = 20;

    private final Map<String, List<Participant>> byPartnership = new LinkedHashMap<>();
    private final Exposure[] exposures;

    private Participation(int students) {
        this.exposures = new Exposure[students];
    }

    static Participation select(List<Partnership> partnerships, Roster current, SchoolCalendar calendar,
            int students, RandomStreams streams) {
        Participation participation = new Participation(students);
        for (Partnership partnership : partnerships) {
            participation.selectFor(partnership, current, calendar, streams);
        }
        return participation;
    }

    private void selectFor(Partnership partnership, Roster current, SchoolCalendar calendar, RandomStreams streams) {
        List<Enrollment> eligible = new ArrayList<>();
        for (School school : partnership.schools()) {
            for (Enrollment e : current.at(school)) {
                if (exposures[e.student().index()] == null && e.enrolledOn(partnership.start())) {
                    eligible.add(e);
                }
            }
        }
        double[] need = eligible.stream().mapToDouble(e -> need(e.student())).toArray();
        double intercept = intercept(need, partnership.type().share() * eligible.size());
        List<Participant> participants = new ArrayList<>();
        int startIndex = calendar.indexOf(partnership.start());
        for (int i = 0; i < eligible.size(); i++) {
            Enrollment e = eligible.get(i);
            SplittableRandom random = streams.stream("participant", partnership.id().hashCode(), e.student().number());
            if (random.nextDouble() >= logistic(intercept + SELECTIVITY * need[i])) {
                continue;
            }
            int offset = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(JOINING_DAYS);
            LocalDate joins = calendar.day(Math.min(calendar.dayCount() - 1, startIndex + offset));
            double engagement = 0.55 + 0.43 * random.nextDouble();
            LocalDate from = SessionSchedule.firstFrom(partnership, calendar, joins).orElse(null);
            if (from != null && e.enrolledOn(from)) {
                participants.add(new Participant(e, from, engagement));
                exposures[e.student().index()] = new Exposure(from, partnership.attendanceEffect(),
                        partnership.gpaEffect());
            }
        }
        participants.sort(Comparator.comparingInt(p -> p.student().number()));
        byPartnership.put(partnership.id(), List.copyOf(participants));
    }

    /** The student's participation, or null for a student in no partnership. */
    Exposure exposure(Student student) {
        return exposures[student.index()];
    }

    List<Participant> of(Partnership partnership) {
        return byPartnership.get(partnership.id());
    }

    private static double need(Student student) {
        Subgroups groups = student.subgroups();
        return 0.8 * student.absenceTendency() - 0.6 * student.ability()
                + (groups.economicallyDisadvantaged() ? 0.3 : 0) + (groups.homeless() ? 0.5 : 0);
    }

    /** The logit-scale intercept at which the expected number selected is {@code wanted}. */
    private static double intercept(double[] need, double wanted) {
        double low = -20;
        double high = 20;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            double expected = 0;
            for (double n : need) {
                expected += logistic(mid + SELECTIVITY * n);
            }
            if (expected < wanted) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
