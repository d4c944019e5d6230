package org.village.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each student's school in the school year to date: the one where they were enrolled the most days, or of two with
 * as many the one they attended last (then the lower id, so the choice never depends on the order rows came in). A
 * partnership's figures at a school count the participants whose school this is, so a student who moved counts at
 * one school, and the schools' counts add up to the partnership's (but for students with no attendance this year,
 * who count at none): that is what lets the suppression of small groups treat them as one family.
 */
final class SchoolsOfRecord {

    private static final Comparator<AttendanceTotals.SchoolDays> MOST_DAYS = Comparator
            .comparing((AttendanceTotals.SchoolDays school) -> school.yearEnrolled)
            .thenComparing(school -> school.lastDay, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(school -> school.schoolId, Comparator.reverseOrder());

    private final Map<String, String> bySchool;

    private SchoolsOfRecord(Map<String, String> bySchool) {
        this.bySchool = bySchool;
    }

    static SchoolsOfRecord of(Map<String, List<AttendanceTotals.SchoolDays>> attendance) {
        Map<String, String> schools = new HashMap<>(attendance.size() * 2);
        attendance.forEach((student, days) -> days.stream().max(MOST_DAYS)
                .ifPresent(school -> schools.put(student, school.schoolId)));
        return new SchoolsOfRecord(schools);
    }

    /** The student's school, or null for a student with no attendance this school year. */
    String of(String student) {
        return bySchool.get(student);
    }

    /** The students' values by their school; students with no school are left out. */
    <T> Map<String, Map<String, T>> split(Map<String, T> byStudent) {
        Map<String, Map<String, T>> split = new HashMap<>();
        byStudent.forEach((student, value) -> {
            String school = bySchool.get(student);
            if (school != null) {
                split.computeIfAbsent(school, s -> new HashMap<>()).put(student, value);
            }
        });
        return split;
    }
}
