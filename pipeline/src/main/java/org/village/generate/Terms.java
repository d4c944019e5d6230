package org.village.generate;

import java.time.LocalDate;
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
        List<Term> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            int last = lastDayOfQuarter(calendar, q);
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

    /** A term's first school day: the year's first, or the day after the quarter before its first quarter ended. */
    static LocalDate begin(Term term, SchoolCalendar calendar) {
        int quarter = term.quarters().get(0);
        return quarter == 1 ? calendar.firstDay() : calendar.day(lastDayOfQuarter(calendar, quarter - 1) + 1);
    }

    /** The index among the year's school days of a quarter's last day. */
    private static int lastDayOfQuarter(SchoolCalendar calendar, int quarter) {
        return Math.round(calendar.dayCount() * quarter / 4f) - 1;
    }

    private static Term semester(String code, Term first, Term second) {
        return new Term(code, first.year(), second.end(),
                List.of(first.quarters().get(0), second.quarters().get(0)), List.of(first.end(), second.end()));
    }
}
