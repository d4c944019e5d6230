package org.village.generate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every enrolment of one school year, in the order rosters list them: by school, then by student number. */
record Roster(SchoolYear year, List<Enrollment> enrollments) {

    private static final Comparator<Enrollment> ROSTER_ORDER = Comparator
            .comparing((Enrollment e) -> e.school().id())
            .thenComparingInt(e -> e.student().number());

    Roster {
        enrollments = enrollments.stream().sorted(ROSTER_ORDER).toList();
    }

    List<Enrollment> at(School school) {
        return enrollments.stream().filter(e -> e.school().equals(school)).toList();
    }

    /**
     * The roster as the school system would export it on {@code day}: students not yet arrived are missing, and exits
     * still to come are not known.
     */
    Roster asOf(LocalDate day) {
        return new Roster(year, enrollments.stream()
                .filter(e -> !e.entryDate().isAfter(day))
                .map(e -> e.stays() || !e.exitDate().isAfter(day) ? e
                        : new Enrollment(e.student(), e.school(), e.grade(), e.entryDate(), null))
                .toList());
    }
}
