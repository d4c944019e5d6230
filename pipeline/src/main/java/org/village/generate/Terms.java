package org.village.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The marking periods of a school year: four quarters of about equal numbers of school days, for every school, and
 * for high schools also two semesters, each ending with its second quarter. Listed in the order their marks are sent.
 */
final class Terms {

    private Terms() {
    }

    static List<Term> sentBy(School.Level level, SchoolCalendar calendar) {
        int days = calendar.dayCount();
        List<Term> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            int last = Math.round(days * q / 4f) - 1;
            quarters.add(new Term("Q" + q, calendar.year(), calendar.day(last), List.of(q),
                    List.of(calendar.day(last))));
        }
        if (level != School.Level.HIGH) {
            return quarters;
        }
        List<Term> terms = new ArrayList<>(quarters);
        terms.add(2, semester("S1", quarters.get(0), quarters.get(1)));
        terms.add(semester("S2", quarters.get(2), quarters.get(3)));
        return terms;
    }

    private static Term semester(String code, Term first, Term second) {
        return new Term(code, first.year(), second.end(),
                List.of(first.quarters().get(0), second.quarters().get(0)), List.of(first.end(), second.end()));
    }
}
