package org.village.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * A marking period of a school year: a quarter ("Q1" … "Q4") or a semester ("S1", "S2") made of two quarters.
 * {@code quarters} are the quarters it spans, numbered from 1, and {@code quarterEnds} their last days.
 */
record Term(String code, SchoolYear year, LocalDate end, List<Integer> quarters, List<LocalDate> quarterEnds) {

    Term {
        quarters = List.copyOf(quarters);
        quarterEnds = List.copyOf(quarterEnds);
    }

    /** "Q1 2025-26". */
    String codeWithYear() {
        return code + " " + year.label();
    }
}
