package org.village.ingest;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Each rostered student's current school, read once when the attendance step starts: an attendance row without a
 * school takes the student's, and a row for a student on no roster is rejected.
 */
final class StudentSchools {

    private final Map<String, String> schoolByStudent;

    private StudentSchools(Map<String, String> schoolByStudent) {
        this.schoolByStudent = schoolByStudent;
    }

    static StudentSchools load(JdbcClient jdbc, NamedQueries sql) {
        Map<String, String> schools = new HashMap<>();
        jdbc.sql(sql.get("student-schools")).query(rs -> {
            schools.put(rs.getString("student_id"), rs.getString("school_id"));
        });
        return new StudentSchools(schools);
    }

    String schoolOf(String studentId) {
        return schoolByStudent.get(studentId);
    }
}
