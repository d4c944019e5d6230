package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * The school year's sessions up to the end of the month, from sheets in use, summed per partnership and student in
 * one read: what the participation figures (both windows), the partnerships' attendance and GPA and the effects
 * need of them. They were five grouped queries of the same rows, each joined to the sheets, run once per window: the
 * participation step took two seconds of a 150,000-student October, with its 144,000 sessions.
 */
final class ParticipationTotals {

    /** One student's sessions with one partnership: the school year to date, and the month apart. */
    static final class Participant {

        private LocalDate firstSession;
        private long yearSessions;
        private BigDecimal yearHours;
        private long monthSessions;
        private BigDecimal monthHours;

        /** The first session this school year: where the student's "now" starts ({@link NowPeriod}). */
        LocalDate firstSession() {
            return firstSession;
        }

        boolean servedIn(Window window) {
            return sessions(window) > 0;
        }

        long sessions(Window window) {
            return window == Window.MONTH ? monthSessions : yearSessions;
        }

        /** The hours recorded, or null where no session in the window gave any (as SQL's SUM). */
        BigDecimal hours(Window window) {
            return window == Window.MONTH ? monthHours : yearHours;
        }

        private void add(LocalDate day, BigDecimal hours, boolean inMonth) {
            if (firstSession == null || day.isBefore(firstSession)) {
                firstSession = day;
            }
            yearSessions++;
            yearHours = plus(yearHours, hours);
            if (inMonth) {
                monthSessions++;
                monthHours = plus(monthHours, hours);
            }
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal hours) {
            if (hours == null) {
                return sum;
            }
            return sum == null ? hours : sum.add(hours);
        }
    }

    private final Map<String, Map<String, Participant>> byPartnership;
    private final Map<String, Set<String>> partnershipsByStudent;

    private ParticipationTotals(Map<String, Map<String, Participant>> byPartnership,
            Map<String, Set<String>> partnershipsByStudent) {
        this.byPartnership = byPartnership;
        this.partnershipsByStudent = partnershipsByStudent;
    }

    static ParticipationTotals read(JdbcClient jdbc, NamedQueries sql, LocalDate yearStart, YearMonth month) {
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        LocalDate monthStart = month.atDay(1);
        Map<String, Map<String, Participant>> byPartnership = new HashMap<>();
        Map<String, Set<String>> partnershipsByStudent = new HashMap<>();
        jdbc.sql(sql.get("year-sessions")).param("yearStart", yearStart).param("throughDate", month.atEndOfMonth())
                .query(rs -> {
                    if (!inUse.contains(rs.getLong("source_id"))) {
                        return;
                    }
                    String partnership = rs.getString("partnership_id");
                    String student = rs.getString("student_id");
                    LocalDate day = rs.getObject("session_date", LocalDate.class);
                    byPartnership.computeIfAbsent(partnership, p -> new HashMap<>())
                            .computeIfAbsent(student, s -> new Participant())
                            .add(day, rs.getBigDecimal("hours"), !day.isBefore(monthStart));
                    partnershipsByStudent.computeIfAbsent(student, s -> new HashSet<>()).add(partnership);
                });
        return new ParticipationTotals(byPartnership, partnershipsByStudent);
    }

    /** Each student a partnership served this school year, with their sessions; empty if it served nobody. */
    Map<String, Participant> participants(String partnershipId) {
        return byPartnership.getOrDefault(partnershipId, Map.of());
    }

    /** The partnerships that served each student from the start of the school year to the end of the month. */
    Map<String, Set<String>> partnershipsByStudent() {
        return partnershipsByStudent;
    }

    /** The students any partnership served in the window, each once. */
    Set<String> served(Window window) {
        Set<String> served = new HashSet<>();
        byPartnership.values().forEach(participants -> participants.forEach((student, participant) -> {
            if (participant.servedIn(window)) {
                served.add(student);
            }
        }));
        return served;
    }
}
