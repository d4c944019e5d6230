package org.village.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a partner sends files for: every month of the current school year from the partnership's start to the
 * last month written that has school days, except that now and then a partner misses a month (never its first), as
 * real partners do: each later month is missed one time in eight, and the first partnership to have run three
 * months misses its second, so that even a small district has a gap to show.
 */
final class PartnerMonths {

    private static final double MISSED = 0.125;
    private static final int MONTHS_BEFORE_A_SURE_GAP = 3;

    private final RandomStreams streams;
    private final SchoolCalendar calendar;
    private final YearMonth through;
    private final String alwaysMissesSecondMonth;

    PartnerMonths(List<Partnership> partnerships, RandomStreams streams, SchoolCalendar calendar, YearMonth through) {
        this.streams = streams;
        this.calendar = calendar;
        this.through = through;
        this.alwaysMissesSecondMonth = partnerships.stream()
                .filter(p -> running(p).size() >= MONTHS_BEFORE_A_SURE_GAP)
                .map(Partnership::id)
                .findFirst()
                .orElse(null);
    }

    /** The months the partnership ran in, sent or not. */
    List<YearMonth> running(Partnership partnership) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(partnership.start()); !m.isAfter(through); m = m.plusMonths(1)) {
            if (!calendar.daysIn(m).isEmpty()) {
                months.add(m);
            }
        }
        return months;
    }

    boolean sent(Partnership partnership, YearMonth month) {
        YearMonth first = YearMonth.from(partnership.start());
        if (month.equals(first)) {
            return true;
        }
        if (partnership.id().equals(alwaysMissesSecondMonth) && month.equals(running(partnership).get(1))) {
            return false;
        }
        return streams.stream("partner-month", partnership.id().hashCode(), month.getYear(), month.getMonthValue())
                .nextDouble() >= MISSED;
    }

    List<YearMonth> missed(Partnership partnership) {
        return running(partnership).stream().filter(month -> !sent(partnership, month)).toList();
    }
}
