package org.village.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** Every rostered student's subgroups, from the latest roster row in use that lists them; read once per step. */
final class StudentProfiles {

    private StudentProfiles() {
    }

    static Map<String, StudentProfile> load(JdbcClient jdbc, NamedQueries sql) {
        Map<String, StudentProfile> profiles = new HashMap<>();
        jdbc.sql(sql.get("student-profiles")).query(rs -> {
            String student = rs.getString("student_id");
            if (profiles.containsKey(student)) {
                return;
            }
            profiles.put(student, new StudentProfile(rs.getString("grade"), rs.getString("gender"),
                    rs.getString("race_ethnicity"), flag(rs, "english_learner"), flag(rs, "disability"),
                    flag(rs, "economically_disadvantaged"), flag(rs, "homeless"), flag(rs, "foster")));
        });
        return profiles;
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
