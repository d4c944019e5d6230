package org.village.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The school days a partnership holds sessions on, from its start: weekly on its weekday, twice a week (its weekday
 * and two days later or earlier), once a month (its weekday in the month's second week), or every day for drop-in
 * services such as a clinic.
 */
final class SessionSchedule {

    private SessionSchedule() {
    }

    static List<LocalDate> days(Partnership partnership, SchoolCalendar calendar, YearMonth month) {
        DayOfWeek weekday = partnership.weekday();
        DayOfWeek second = weekday.getValue() <= DayOfWeek.WEDNESDAY.getValue() ? weekday.plus(2) : weekday.minus(2);
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> onWeekday = new ArrayList<>();
        for (LocalDate day : calendar.daysIn(month)) {
            if (day.isBefore(partnership.start())) {
                continue;
            }
            boolean regular = day.getDayOfWeek() == weekday;
            if (regular) {
                onWeekday.add(day);
            }
            boolean session = switch (partnership.type().schedule()) {
                case WEEKLY -> regular;
                case TWICE_WEEKLY -> regular || day.getDayOfWeek() == second;
                case DROP_IN -> true;
                case MONTHLY -> false;
            };
            if (session) {
                days.add(day);
            }
        }
        if (partnership.type().schedule() == PartnershipType.Schedule.MONTHLY && !onWeekday.isEmpty()) {
            days.add(onWeekday.get(Math.min(1, onWeekday.size() - 1)));
        }
        return days;
    }

    /** The first session day on or after {@code day}, in the school year; empty if the year holds none. */
    static Optional<LocalDate> firstFrom(Partnership partnership, SchoolCalendar calendar, LocalDate day) {
        for (YearMonth month = YearMonth.from(day); !month.isAfter(calendar.year().lastMonth());
                month = month.plusMonths(1)) {
            for (LocalDate session : days(partnership, calendar, month)) {
                if (!session.isBefore(day)) {
                    return Optional.of(session);
                }
            }
        }
        return Optional.empty();
    }
}
