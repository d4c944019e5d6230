package org.village.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A student's credit-weighted grade points in one term, with the day the term ended ({@code null}: not known). */
record TermMarks(LocalDate end, double points, double credits) {

    /**
     * The credit-weighted GPA of the terms that ended after the day, and of those whose end is not known, if any:
     * a student's GPA since they were served.
     */
    static Optional<Double> gpaAfter(List<TermMarks> marks, LocalDate after) {
        if (marks == null) {
            return Optional.empty();
        }
        double points = 0;
        double credits = 0;
        for (TermMarks term : marks) {
            if (term.end() == null || term.end().isAfter(after)) {
                points += term.points();
                credits += term.credits();
            }
        }
        return credits > 0 ? Optional.of(points / credits) : Optional.empty();
    }
}
