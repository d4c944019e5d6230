package org.village.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One partnership's "now" period, student by student, for the difference in differences (product brief §2,
 * against the baseline). A participant's starts the day after their first session this school year: before it they
 * were not served, and counting those days would dilute the effect; the day of the session itself is left out
 * because it is, by construction, a day the student was at school, and counting it would flatter the participants by
 * about (1 − rate) / days. Comparison students have no sessions, so theirs starts the day after the partnership's
 * median first session: the middle of the participants' starts, so both groups' periods cover about the same school
 * days of the year (attendance has seasons: August is better than December), and a comparison student is never
 * counted from a day before most participants had begun. Attendance summaries count when their period starts after
 * that day (a summary cannot be split by day); months of daily attendance count their days after it. Rows arrive in
 * any order.
 */
final class NowPeriod {

    /** A student's days in the period. */
    static final class Days {
        double enrolled;
        double present;

        double rate() {
            return present / enrolled;
        }
    }

    private final Map<String, LocalDate> firstSessions;
    private final Set<String> servedByAnyPartnership;
    private final LocalDate comparisonAfter;
    private final Map<String, Days> participants = new HashMap<>();
    private final Map<String, Days> others = new HashMap<>();

    /**
     * @param firstSessions each participant's first session this school year
     * @param servedByAnyPartnership students any partnership served this school year: none of them is a comparison
     *     student, since each carries the association of the partnership that served them
     */
    NowPeriod(Map<String, LocalDate> firstSessions, Set<String> servedByAnyPartnership) {
        this.firstSessions = firstSessions;
        this.servedByAnyPartnership = servedByAnyPartnership;
        this.comparisonAfter = median(firstSessions.values());
    }

    /** The lower median, so that the date is always one of the participants' own. */
    static LocalDate median(Collection<LocalDate> dates) {
        List<LocalDate> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The day after which the comparison students' "now" runs: the participants' median first session. */
    LocalDate comparisonAfter() {
        return comparisonAfter;
    }

    /** The day after which rows may matter to anyone: the earliest first session. */
    LocalDate earliestStart() {
        return firstSessions.values().stream().min(LocalDate::compareTo).orElseThrow();
    }

    /** A summary period by its first day, or one day of daily attendance. */
    void accept(String student, LocalDate firstDay, double enrolled, double present) {
        LocalDate start = start(student);
        if (start != null && firstDay.isAfter(start)) {
            add(totals(student), student, enrolled, present);
        }
    }

    /** A month of a student's daily attendance: only its days after the student's start count. */
    void accept(String student, AttendanceMonths.Month month, boolean tardyIsPresent) {
        LocalDate start = start(student);
        if (start == null) {
            return;
        }
        int days = AttendanceMonths.after(month.month(), start);
        if ((month.enrolledDays() & days) != 0) {
            add(totals(student), student, month.enrolled(days), month.present(days, tardyIsPresent));
        }
    }

    /** The day after which a student's days count: their first session, the comparison start, or none. */
    private LocalDate start(String student) {
        LocalDate firstSession = firstSessions.get(student);
        if (firstSession != null) {
            return firstSession;
        }
        return servedByAnyPartnership.contains(student) ? null : comparisonAfter;
    }

    private Map<String, Days> totals(String student) {
        return firstSessions.containsKey(student) ? participants : others;
    }

    Map<String, Days> participants() {
        return participants;
    }

    /** Students not served at the partnership's schools in the period, of the grades in {@code grades}. */
    Map<String, Days> comparison(Set<String> grades, Map<String, StudentProfile> profiles) {
        Map<String, Days> comparison = new HashMap<>();
        others.forEach((student, days) -> {
            String grade = profiles.getOrDefault(student, StudentProfile.UNKNOWN).grade();
            if (grade != null && grades.contains(grade)) {
                comparison.put(student, days);
            }
        });
        return comparison;
    }

    private static void add(Map<String, Days> totals, String student, double enrolled, double present) {
        Days days = totals.computeIfAbsent(student, s -> new Days());
        days.enrolled += enrolled;
        days.present += present;
    }
}
