package org.village.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a daily attendance code means. Built in: plain words and the codes PowerSchool-, Ed-Fi- and Genesis-style
 * exports use (Ed-Fi's AttendanceEventCategoryDescriptor: In Attendance, Excused Absence, Unexcused Absence, Tardy,
 * and Early departure and Partial, days present for part of the day, so counted as tardy); a district adds its own
 * in configuration ({@code village.ingest.attendance-codes.ZZ=excused}).
 */
final class AttendanceCodes {

    /** One letter per meaning, as stored in {@code daily_attendance.status}. */
    enum Status {
        PRESENT('P'), TARDY('T'), EXCUSED('E'), UNEXCUSED('U'), ABSENT('A'), SUSPENDED('S');

        private final char code;

        Status(char code) {
            this.code = code;
        }

        char code() {
            return code;
        }
    }

    private static final Map<String, Status> BUILT_IN = new HashMap<>();

    static {
        put(Status.PRESENT, "P", "PR", "PRES", "PRESENT", "IN ATTENDANCE", "INATTENDANCE", "ATTENDED", "ISS",
                "IN-SCHOOL SUSPENSION", "FT", "FIELD TRIP", "SCHOOL ACTIVITY");
        put(Status.TARDY, "T", "TD", "TR", "TE", "TU", "TARDY", "LATE", "EXCUSED TARDY", "UNEXCUSED TARDY", "ED",
                "EARLY DEPARTURE", "EARLY DISMISSAL", "PARTIAL");
        put(Status.EXCUSED, "E", "AE", "EA", "EX", "EXC", "EXCUSED", "EXCUSED ABSENCE", "ABSENT EXCUSED", "ILL",
                "ILLNESS", "MED", "MEDICAL");
        put(Status.UNEXCUSED, "U", "AU", "UA", "UX", "UNX", "UNEXCUSED", "UNEXCUSED ABSENCE", "ABSENT UNEXCUSED",
                "TRUANT", "TRU");
        put(Status.ABSENT, "A", "AB", "ABS", "ABSENT", "ABSENCE", "0");
        put(Status.SUSPENDED, "S", "OSS", "SUS", "SUSP", "SUSPENDED", "SUSPENSION", "OUT-OF-SCHOOL SUSPENSION");
    }

    private static void put(Status status, String... codes) {
        for (String code : codes) {
            BUILT_IN.put(code, status);
        }
    }

    private final Map<String, Status> codes;

    AttendanceCodes(Map<String, String> district) {
        this.codes = new HashMap<>(BUILT_IN);
        district.forEach((code, meaning) -> codes.put(key(code), status(code, meaning)));
    }

    /**
     * The code's meaning, or null for a code nobody has defined. Every key is already in its canonical form, so a
     * code written exactly as a key is found without making the canonical form first, as nearly every row's is.
     */
    Status statusOf(String code) {
        Status status = codes.get(code);
        return status != null ? status : codes.get(key(code));
    }

    static Map<String, Status> builtIn() {
        return Map.copyOf(BUILT_IN);
    }

    /**
     * Upper case, underscores as spaces, and an Ed-Fi descriptor URI
     * ({@code uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy}) read as its code value.
     */
    private static String key(String code) {
        String text = code.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        int hash = text.lastIndexOf('#');
        return text.startsWith("URI://") && hash >= 0 ? text.substring(hash + 1).trim() : text;
    }

    private static Status status(String code, String meaning) {
        try {
            return Status.valueOf(meaning.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("village.ingest.attendance-codes." + code + "=" + meaning
                    + ": the meaning must be present, tardy, excused, unexcused, absent or suspended");
        }
    }
}
