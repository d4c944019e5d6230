package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * The students on each school's roster in a month, whatever attendance came: each student's latest roster row in use
 * that began by the end of the month (by entry date, then the sheet loaded last, as {@link StudentProfiles} picks),
 * if the student had not left before the month began. So a month whose attendance is missing, or came inside a
 * longer summary, still has its enrolment.
 */
final class StudentsOnRoster {

    private record Latest(String schoolId, LocalDate entryDate, LocalDate exitDate, long sourceId) {

        boolean isAfter(Latest other) {
            int byDate = entryDate.compareTo(other.entryDate);
            return byDate != 0 ? byDate > 0 : sourceId > other.sourceId;
        }
    }

    private StudentsOnRoster() {
    }

    /** Students on the roster in the month, by school. */
    static Map<String, Integer> bySchool(JdbcClient jdbc, NamedQueries sql, YearMonth month) {
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        LocalDate monthEnd = month.atEndOfMonth();
        Map<String, Latest> latest = new HashMap<>();
        jdbc.sql(sql.get("roster-schools")).query(rs -> {
            LocalDate entry = rs.getObject("entry_date", LocalDate.class);
            if (!inUse.contains(rs.getLong("source_id")) || entry.isAfter(monthEnd)) {
                return;
            }
            Latest row = new Latest(rs.getString("school_id"), entry, rs.getObject("exit_date", LocalDate.class),
                    rs.getLong("source_id"));
            latest.merge(rs.getString("student_id"), row, (kept, next) -> next.isAfter(kept) ? next : kept);
        });
        Map<String, Integer> counts = new HashMap<>();
        for (Latest row : latest.values()) {
            if (row.exitDate() == null || !row.exitDate().isBefore(month.atDay(1))) {
                counts.merge(row.schoolId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
