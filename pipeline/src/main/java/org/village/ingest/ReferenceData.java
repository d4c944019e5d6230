package org.village.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * What activity rows are checked against: each rostered student's current school (an attendance row without a
 * school takes the student's) and the registry's partnership ids. Read from the database the first time a row
 * asks, which is after the reference lists and rosters have loaded, and then shared read-only by the parallel
 * loaders of the run.
 */
final class ReferenceData {

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final long jobInstanceId;
    private volatile Snapshot snapshot;
    private volatile Schools schools;

    /** The schools list's ids, and those that begin with a zero by the id a number column makes of them. */
    private record Schools(Set<String> ids, Map<String, String> zeroStripped) {
    }

    /**
     * {@code zeroStripped}: rostered ids that begin with a zero, by the id a numeric spreadsheet column makes of them
     * ("00417" → "417"), so a row whose id lost its zeros is told so.
     */
    private record Snapshot(Map<String, String> schoolByStudent, Map<String, String> zeroStripped,
            Set<String> rosteredSchools, Set<String> partnerships) {
    }

    ReferenceData(JdbcClient jdbc, NamedQueries sql, long jobInstanceId) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.jobInstanceId = jobInstanceId;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    Map<String, String> schools = new HashMap<>();
                    Set<String> rostered = new HashSet<>();
                    jdbc.sql(sql.get("student-schools")).param("jobInstanceId", jobInstanceId).query(rs -> {
                        schools.put(rs.getString("student_id"), rs.getString("school_id"));
                        rostered.add(rs.getString("school_id"));
                    });
                    Set<String> partnerships = new HashSet<>(
                            jdbc.sql(sql.get("partnership-ids")).query(String.class).list());
                    current = new Snapshot(schools, zeroStripped(schools.keySet()), rostered, partnerships);
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private static Map<String, String> zeroStripped(Set<String> ids) {
        Map<String, String> stripped = new HashMap<>();
        for (String id : ids) {
            if (id.length() > 1 && id.charAt(0) == '0') {
                stripped.put(stripZeros(id), id);
            }
        }
        return stripped;
    }

    private static String stripZeros(String id) {
        int first = 0;
        while (first < id.length() - 1 && id.charAt(first) == '0') {
            first++;
        }
        return id.substring(first);
    }

    /** The student's school, or the row is rejected: activity for a student on no roster cannot be counted. */
    String requireStudent(String studentId) {
        return requireStudent(studentId, null);
    }

    /**
     * As {@link #requireStudent(String)}, for a row that names its school: where no roster at all has arrived for
     * that school, the reason says so, as then the roster is missing rather than the id wrong.
     */
    String requireStudent(String studentId, String rowSchool) {
        Snapshot current = snapshot();
        String school = current.schoolByStudent().get(studentId);
        if (school != null) {
            return school;
        }
        if (current.zeroStripped().containsKey(studentId)) {
            throw RowChecks.reject(Field.STUDENT_ID, studentId, RejectReason.LEADING_ZEROS_LOST, "This student id "
                    + "looks like a rostered id that lost its leading zeros in a number column; format the column as "
                    + "text in the spreadsheet and export it again.");
        }
        if (rowSchool != null && !current.rosteredSchools().contains(rowSchool)) {
            throw RowChecks.reject(Field.STUDENT_ID, studentId, RejectReason.UNKNOWN_STUDENT, "No roster for school "
                    + rowSchool + " has been received, so its students cannot be counted; send that school's "
                    + "roster (enrolment file; from Ed-Fi, the StudentSchoolAssociation records).");
        }
        if (current.rosteredSchools().isEmpty()) {
            throw RowChecks.reject(Field.STUDENT_ID, studentId, RejectReason.UNKNOWN_STUDENT, "No roster has been "
                    + "received at all, so no student can be counted; send the schools' rosters (enrolment files; "
                    + "from Ed-Fi, the StudentSchoolAssociation records).");
        }
        throw RowChecks.reject(Field.STUDENT_ID, studentId, RejectReason.UNKNOWN_STUDENT, "This student id is on "
                + "no roster Village has received; check the id, or send the roster that lists the student.");
    }

    /** A row's own school id checked as {@link #requireSchool} does, or null where the row names none. */
    String optionalSchool(String schoolId) {
        return schoolId == null ? null : requireSchool(schoolId);
    }

    /**
     * The school id as sent, or the row is rejected when the district's schools list does not know it: a row placed
     * in a school nobody reports on would count toward no dashboard (often a column of school names read as ids).
     * Without a schools list there is nothing to check against, and the id is taken as sent.
     */
    String requireSchool(String schoolId) {
        Schools known = schools;
        if (known == null) {
            Set<String> ids = Set.copyOf(jdbc.sql(sql.get("known-school-ids")).query(String.class).list());
            known = new Schools(ids, zeroStripped(ids));
            schools = known;
        }
        if (known.ids().isEmpty() || known.ids().contains(schoolId)) {
            return schoolId;
        }
        String padded = known.zeroStripped().get(schoolId);
        if (padded != null) {
            throw RowChecks.reject(Field.SCHOOL_ID, schoolId, RejectReason.LEADING_ZEROS_LOST, "The school id '"
                    + schoolId + "' looks like '" + padded + "' with its leading zeros lost in a number column; "
                    + "format the column as text in the spreadsheet and export it again.");
        }
        throw RowChecks.reject(Field.SCHOOL_ID, schoolId, RejectReason.UNKNOWN_SCHOOL, "The school '" + schoolId
                + "' is not in the district's schools list; check the id (or whether this column holds school "
                + "names, not ids), or add the school to the schools list.");
    }

    String requirePartnership(String partnershipId) {
        if (!snapshot().partnerships().contains(partnershipId)) {
            throw RowChecks.reject(Field.PARTNERSHIP_ID, partnershipId, RejectReason.UNKNOWN_PARTNERSHIP,
                    "The partnership '" + partnershipId + "' is not in the district's partnership registry; check "
                            + "the id, or add the partnership to the registry.");
        }
        return partnershipId;
    }
}
