package org.village.generate;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The days a school year is in session: weekdays from a Wednesday in mid-August to the first Friday of June, minus
 * Labor Day, Martin Luther King Jr. Day, Presidents' Day and Memorial Day, Thanksgiving Wednesday to Friday, a winter
 * break from December 22 to January 2, and a spring break in the week of March's last Monday.
 */
final class SchoolCalendar {

    private final SchoolYear year;
    private final NavigableSet<LocalDate> days;
    private final List<LocalDate> order;

    private SchoolCalendar(SchoolYear year, NavigableSet<LocalDate> days) {
        this.year = year;
        this.days = Collections.unmodifiableNavigableSet(days);
        this.order = List.copyOf(days);
    }

    static SchoolCalendar of(SchoolYear year) {
        NavigableSet<LocalDate> closed = closures(year);
        NavigableSet<LocalDate> days = new TreeSet<>();
        LocalDate first = LocalDate.of(year.startYear(), 8, 12).with(nextOrSame(WEDNESDAY));
        LocalDate last = LocalDate.of(year.startYear() + 1, 6, 1).with(firstInMonth(FRIDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != SATURDAY && day.getDayOfWeek() != SUNDAY && !closed.contains(day)) {
                days.add(day);
            }
        }
        return new SchoolCalendar(year, days);
    }

    private static NavigableSet<LocalDate> closures(SchoolYear year) {
        int fall = year.startYear();
        int spring = fall + 1;
        NavigableSet<LocalDate> closed = new TreeSet<>();
        closed.add(LocalDate.of(fall, 9, 1).with(firstInMonth(MONDAY)));
        LocalDate thanksgiving = LocalDate.of(fall, 11, 1).with(dayOfWeekInMonth(4, THURSDAY));
        addRange(closed, thanksgiving.minusDays(1), thanksgiving.plusDays(1));
        addRange(closed, LocalDate.of(fall, 12, 22), LocalDate.of(spring, 1, 2));
        closed.add(LocalDate.of(spring, 1, 1).with(dayOfWeekInMonth(3, MONDAY)));
        closed.add(LocalDate.of(spring, 2, 1).with(dayOfWeekInMonth(3, MONDAY)));
        LocalDate springBreak = LocalDate.of(spring, 3, 1).with(lastInMonth(MONDAY));
        addRange(closed, springBreak, springBreak.plusDays(4));
        closed.add(LocalDate.of(spring, 5, 1).with(lastInMonth(MONDAY)));
        return closed;
    }

    private static void addRange(NavigableSet<LocalDate> set, LocalDate first, LocalDate last) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            set.add(d);
        }
    }

    SchoolYear year() {
        return year;
    }

    LocalDate firstDay() {
        return days.first();
    }

    LocalDate lastDay() {
        return days.last();
    }

    NavigableSet<LocalDate> daysIn(YearMonth month) {
        return days.subSet(month.atDay(1), true, month.atEndOfMonth(), true);
    }

    int dayCount() {
        return order.size();
    }

    /** Where {@code day}, a school day, falls in the year, counting from 0 for the first day. */
    int indexOf(LocalDate day) {
        int index = Collections.binarySearch(order, day);
        if (index < 0) {
            throw new IllegalArgumentException(day + " is not a school day of " + year.label());
        }
        return index;
    }

    /** The school day at {@code index}, counting from 0 for the first day. */
    LocalDate day(int index) {
        return order.get(index);
    }
}
