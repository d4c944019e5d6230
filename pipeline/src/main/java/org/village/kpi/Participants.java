package org.village.kpi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** Who each partnership served between two dates, seen from both sides: by student and by partnership. */
record Participants(Map<String, Set<String>> partnershipsByStudent, Map<String, Set<String>> studentsByPartnership) {

    static Participants load(JdbcClient jdbc, NamedQueries sql, LocalDate yearStart, LocalDate through) {
        Map<String, Set<String>> byStudent = new HashMap<>();
        Map<String, Set<String>> byPartnership = new HashMap<>();
        jdbc.sql(sql.get("participants")).param("yearStart", yearStart).param("throughDate", through)
                .query(rs -> {
                    String student = rs.getString("student_id");
                    String partnership = rs.getString("partnership_id");
                    byStudent.computeIfAbsent(student, s -> new HashSet<>()).add(partnership);
                    byPartnership.computeIfAbsent(partnership, p -> new HashSet<>()).add(student);
                });
        return new Participants(byStudent, byPartnership);
    }
}
