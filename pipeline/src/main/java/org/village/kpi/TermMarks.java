package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A student's marks at one school in one term, as credit-weighted grade points over credits, with the day the term
 * ended ({@code null}: not known).
 */
record TermMarks(String schoolId, LocalDate end, BigDecimal points, BigDecimal credits) {

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
                points += term.points().doubleValue();
                credits += term.credits().doubleValue();
            }
        }
        return credits > 0 ? Optional.of(points / credits) : Optional.empty();
    }
}
