package org.village.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Every rostered student's subgroups, from the latest roster row in use that lists them. Students with the same
 * subgroups share one profile, so that what is derived from a profile is derived once.
 */
final class StudentProfiles {

    private record Latest(LocalDate entryDate, long sourceId, StudentProfile profile) {

        boolean isAfter(Latest other) {
            int byDate = entryDate.compareTo(other.entryDate);
            return byDate != 0 ? byDate > 0 : sourceId > other.sourceId;
        }
    }

    private StudentProfiles() {
    }

    static Map<String, StudentProfile> load(JdbcClient jdbc, NamedQueries sql) {
        Set<Long> inUse = SheetsInUse.read(jdbc, sql);
        Map<String, Latest> latest = new HashMap<>();
        jdbc.sql(sql.get("student-profiles")).query(rs -> {
            if (!inUse.contains(rs.getLong("source_id"))) {
                return;
            }
            Latest row = new Latest(rs.getObject("entry_date", LocalDate.class), rs.getLong("source_id"),
                    new StudentProfile(rs.getString("grade"), rs.getString("gender"), rs.getString("race_ethnicity"),
                            flag(rs, "english_learner"), flag(rs, "disability"),
                            flag(rs, "economically_disadvantaged"), flag(rs, "homeless"), flag(rs, "foster")));
            latest.merge(rs.getString("student_id"), row, (kept, next) -> next.isAfter(kept) ? next : kept);
        });
        Map<String, StudentProfile> byStudent = new HashMap<>(latest.size() * 4 / 3 + 1);
        Map<StudentProfile, StudentProfile> shared = new HashMap<>();
        latest.forEach((student, row) -> byStudent.put(student, shared.computeIfAbsent(row.profile(), p -> p)));
        return Collections.unmodifiableMap(byStudent);
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
