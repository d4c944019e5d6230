package org.village.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every enrolment of one school year, in the order rosters list them: by school, then by student number. */
final class Roster {

    private static final Comparator<Enrollment> ROSTER_ORDER = Comparator
            .comparing((Enrollment e) -> e.school().id())
            .thenComparingInt(e -> e.student().number());

    private final SchoolYear year;
    private final List<Enrollment> enrollments;
    private final Map<String, List<Enrollment>> bySchool = new TreeMap<>();

    Roster(SchoolYear year, List<Enrollment> enrollments) {
        this.year = year;
        this.enrollments = enrollments.stream().sorted(ROSTER_ORDER).toList();
        for (Enrollment e : this.enrollments) {
            bySchool.computeIfAbsent(e.school().id(), id -> new ArrayList<>()).add(e);
        }
    }

    SchoolYear year() {
        return year;
    }

    List<Enrollment> enrollments() {
        return enrollments;
    }

    /** The school's enrolments, in student number order. */
    List<Enrollment> at(School school) {
        return bySchool.getOrDefault(school.id(), List.of());
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
