package org.village.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A column Village understands, with the header names student information systems export for it (PowerSchool,
 * Infinite Campus, Skyward, Aeries, Ed-Fi; see shared/external-data/sis-export-headers). Names are compared after
 * {@link #normalise(String)}, so "Student_Number", "student number" and "STUDENT-NUMBER" are one name.
 */
enum Field {

    STUDENT_ID("student id", "studentid", "studentnumber", "localid", "localstudentid", "studentlocalid", "sisid",
            "permnumber", "nameid", "sn", "studentuniqueid", "pupilid", "stuid", "studentno"),
    SCHOOL_ID("school id", "schoolid", "schoolnumber", "schoolcode", "sc", "schoolno", "schid", "locationid",
            "buildingid", "schoolnum"),
    SCHOOL_NAME("school name", "schoolname", "name", "school"),
    SCHOOL_LEVEL("level", "level", "schoollevel", "schooltype", "type"),
    GRADE("grade", "grade", "gradelevel", "studentgrade", "gr", "grd"),
    ENTRY_DATE("entry date", "entrydate", "enrollmentdate", "enrolmentdate", "entry", "dateenrolled", "enrolldate",
            "admissiondate"),
    EXIT_DATE("exit date", "exitdate", "withdrawdate", "withdrawaldate", "leavedate", "exit"),
    PERIOD_START("period start", "periodstart", "startdate", "from", "fromdate", "begindate", "periodbegin", "start"),
    PERIOD_END("period end", "periodend", "enddate", "to", "todate", "through", "thrudate", "end"),
    DAYS_ENROLLED("days enrolled", "daysenrolled", "daysmembership", "membershipdays", "daysinmembership",
            "enrolleddays", "membership", "potentialdays"),
    DAYS_PRESENT("days present", "dayspresent", "daysattended", "attendeddays", "presentdays"),
    DAYS_ABSENT("days absent", "daysabsent", "absences", "absentdays", "totalabsences", "absent"),
    /**
     * Student names: recognised only so that they are never read. Village needs no names and stores none.
     */
    STUDENT_NAME("student name", "firstname", "lastname", "middlename", "studentname", "name", "fullname",
            "preferredname", "lastfirst", "firstlast", "studentfirstname", "studentlastname", "legalname", "surname",
            "givenname", "nickname");

    private final String label;
    private final Set<String> names;

    Field(String label, String... names) {
        this.label = label;
        this.names = Set.of(names);
    }

    /** The column's plain name for messages to data managers. */
    String label() {
        return label;
    }

    boolean matches(String normalisedHeader) {
        return names.contains(normalisedHeader);
    }

    /** Lower case, accents removed, only letters and digits kept. */
    static String normalise(String header) {
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
