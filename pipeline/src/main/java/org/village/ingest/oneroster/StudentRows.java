package org.village.ingest.oneroster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The student roster, one row per student user, in users.csv's order:
 * <ul>
 * <li>student id: the user's {@code identifier} where filled in, else their {@code sourcedId};</li>
 * <li>school: the first of the user's orgs that is a school in orgs.csv: {@code primaryOrgSourcedId} (1.2), then
 * {@code orgSourcedIds} (1.1), then their student role's org in roles.csv (1.2, the primary role first);</li>
 * <li>grade: {@code grades}; of a list such as {@code 09,10} the highest;</li>
 * <li>entry date: the earliest {@code beginDate} of their student enrolments at that school, else the first day of
 * the school year's academic session;</li>
 * <li>exit date: the latest {@code endDate} of those enrolments when every one has ended, and ended before the
 * school year's session did (a class that runs to the year's end is no exit);</li>
 * <li>gender and race/ethnicity from demographics.csv.</li>
 * </ul>
 * Users of other roles (teachers, parents) are not rostered. The other files are read first, once, keeping only the
 * orgs, the school year, per student and school their first and last dates, and per student two short labels; then
 * users.csv is streamed. That first pass waits for the first row, so reading the header alone costs nothing.
 */
final class StudentRows implements BundleRows {

    static final String ROLES = "roles.csv";
    static final String ENROLLMENTS = "enrollments.csv";
    static final String DEMOGRAPHICS = "demographics.csv";
    static final String SESSIONS = "academicSessions.csv";

    private static final int SCHOOL_ID = 1;
    private static final int ENTRY_DATE = 3;

    private final OneRosterBundle bundle;
    private CsvTable users;
    private int sourcedId;
    private int identifier;
    private int role;
    private int orgs;
    private int primaryOrg;
    private int grades;
    private int status;

    private final Set<String> schools = new HashSet<>();
    private final Set<String> otherOrgs = new HashSet<>();
    private LocalDate yearStart;
    private LocalDate yearEnd;
    private final Map<String, String> roleOrgs = new HashMap<>();
    private final Map<String, Span> spans = new HashMap<>();
    private final Map<String, Demographics.Labels> demographics = new HashMap<>();

    /** A student's enrolments at one school: first begin, last end, whether one has no end, the first bad date. */
    private static final class Span {
        LocalDate first;
        LocalDate last;
        boolean open;
        String badDate;
        int badLine;
    }

    StudentRows(OneRosterBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public BundleRow next() {
        if (users == null) {
            prepare();
        }
        for (CsvTable.Row row = users.next(); row != null; row = users.next()) {
            if (OneRosterBundle.deleted(row, status)) {
                continue;
            }
            String user = CsvTable.value(row, sourcedId);
            boolean student = role >= 0 ? "student".equalsIgnoreCase(CsvTable.value(row, role))
                    : roleOrgs.containsKey(user);
            if (student) {
                return student(row, user);
            }
        }
        return null;
    }

    private BundleRow student(CsvTable.Row row, String user) {
        String id = CsvTable.value(row, identifier);
        String[] cells = { id.isEmpty() ? user : id, "", highestGrade(CsvTable.value(row, grades)), "", "", "", "" };
        Demographics.Labels labels = demographics.get(user);
        if (labels != null) {
            cells[5] = labels.gender() == null ? "" : labels.gender();
            cells[6] = labels.raceEthnicity() == null ? "" : labels.raceEthnicity();
        }
        List<String> candidates = new ArrayList<>();
        candidates.addAll(OneRosterBundle.list(CsvTable.value(row, primaryOrg)).toList());
        candidates.addAll(OneRosterBundle.list(CsvTable.value(row, orgs)).toList());
        if (roleOrgs.containsKey(user)) {
            candidates.add(roleOrgs.get(user));
        }
        String school = candidates.stream().filter(schools::contains).findFirst().orElse(null);
        if (school == null) {
            return new BundleRow(row.line(), cells, noSchool(candidates));
        }
        cells[SCHOOL_ID] = school;
        Span span = spans.get(user + '\t' + school);
        if (span != null && span.badDate != null) {
            return new BundleRow(row.line(), cells, new BundleRow.Problem(ENTRY_DATE, span.badDate,
                    BundleRow.Kind.BAD_DATE, "enrollments.csv line " + span.badLine + " has the date '" + span.badDate
                            + "', which is not a date; OneRoster writes dates as 2026-08-17. Correct it in the "
                            + "student information system and export the OneRoster files again."));
        }
        LocalDate entry = span != null && span.first != null ? span.first : yearStart;
        if (entry == null) {
            return new BundleRow(row.line(), cells, new BundleRow.Problem(ENTRY_DATE, "",
                    BundleRow.Kind.MISSING_VALUE, "The student has no enrolment with a beginDate at school '" + school
                            + "' in enrollments.csv, and academicSessions.csv has no schoolYear session to start "
                            + "from; export the OneRoster files with enrollments and academic sessions."));
        }
        cells[ENTRY_DATE] = entry.toString();
        if (span != null && !span.open && span.last != null && (yearEnd == null || span.last.isBefore(yearEnd))) {
            cells[ENTRY_DATE + 1] = span.last.toString();
        }
        return new BundleRow(row.line(), cells, null);
    }

    private BundleRow.Problem noSchool(List<String> candidates) {
        if (candidates.isEmpty()) {
            return new BundleRow.Problem(SCHOOL_ID, "", BundleRow.Kind.MISSING_VALUE, "The student has no org in "
                    + "users.csv (orgSourcedIds) nor a student role in roles.csv, so Village cannot tell their "
                    + "school; fill in the user's school in the student information system and export again.");
        }
        String unknown = candidates.stream().filter(org -> !otherOrgs.contains(org)).findFirst().orElse(null);
        if (unknown != null) {
            return new BundleRow.Problem(SCHOOL_ID, unknown, BundleRow.Kind.UNKNOWN_SCHOOL, "The student's org '"
                    + unknown + "' is not in orgs.csv; add the school to orgs.csv or correct the user's org, and "
                    + "export again.");
        }
        return new BundleRow.Problem(SCHOOL_ID, candidates.get(0), BundleRow.Kind.UNKNOWN_SCHOOL, "The student's "
                + "org '" + candidates.get(0) + "' is in orgs.csv but not as a school (type school), so Village "
                + "cannot tell which school they attend; link the user to their school and export again.");
    }

    private void prepare() {
        readOrgs();
        readSessions();
        users = bundle.table(OneRosterBundle.USERS);
        sourcedId = users.required("sourcedId");
        identifier = users.column("identifier");
        role = users.column("role");
        orgs = users.column("orgSourcedIds", "orgSourcedId", "schoolSourcedId");
        primaryOrg = users.column("primaryOrgSourcedId");
        grades = users.column("grades", "grade");
        status = users.column("status");
        if (role < 0) {
            readRoles();
        }
        readEnrollments();
        readDemographics();
    }

    private void readOrgs() {
        try (CsvTable table = bundle.table(OneRosterBundle.ORGS)) {
            int id = table.required("sourcedId");
            int type = table.required("type");
            int deleted = table.column("status");
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (!OneRosterBundle.deleted(row, deleted)) {
                    ("school".equalsIgnoreCase(CsvTable.value(row, type)) ? schools : otherOrgs)
                            .add(CsvTable.value(row, id));
                }
            }
        }
    }

    /** The latest school year the sessions list: the year the bundle rosters. */
    private void readSessions() {
        try (CsvTable table = bundle.table(SESSIONS)) {
            if (table == null) {
                return;
            }
            int type = table.required("type");
            int start = table.required("startDate");
            int end = table.required("endDate");
            int deleted = table.column("status");
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (!"schoolYear".equalsIgnoreCase(CsvTable.value(row, type)) || OneRosterBundle.deleted(row, deleted)) {
                    continue;
                }
                LocalDate first = date(CsvTable.value(row, start));
                LocalDate last = date(CsvTable.value(row, end));
                if (first != null && last != null && (yearStart == null || first.isAfter(yearStart))) {
                    yearStart = first;
                    yearEnd = last;
                }
            }
        }
    }

    private void readRoles() {
        try (CsvTable table = bundle.table(ROLES)) {
            if (table == null) {
                throw new OneRosterProblem("has no role column in users.csv and no roles.csv, so Village cannot tell "
                        + "students from staff; export the OneRoster files again with roles");
            }
            int user = table.required("userSourcedId");
            int kind = table.required("role");
            int org = table.required("orgSourcedId");
            int type = table.column("roleType");
            int deleted = table.column("status");
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (!"student".equalsIgnoreCase(CsvTable.value(row, kind)) || OneRosterBundle.deleted(row, deleted)) {
                    continue;
                }
                if ("primary".equalsIgnoreCase(CsvTable.value(row, type))) {
                    roleOrgs.put(CsvTable.value(row, user), CsvTable.value(row, org));
                } else {
                    roleOrgs.putIfAbsent(CsvTable.value(row, user), CsvTable.value(row, org));
                }
            }
        }
    }

    private void readEnrollments() {
        try (CsvTable table = bundle.table(ENROLLMENTS)) {
            if (table == null) {
                return;
            }
            int user = table.required("userSourcedId");
            int school = table.column("schoolSourcedId", "orgSourcedIds", "orgSourcedId");
            int kind = table.required("role");
            int begin = table.column("beginDate");
            int end = table.column("endDate");
            int deleted = table.column("status");
            if (school < 0) {
                throw new OneRosterProblem("has no schoolSourcedId column in enrollments.csv; export the OneRoster "
                        + "files again");
            }
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (!"student".equalsIgnoreCase(CsvTable.value(row, kind)) || OneRosterBundle.deleted(row, deleted)) {
                    continue;
                }
                for (String org : OneRosterBundle.list(CsvTable.value(row, school)).toList()) {
                    Span span = spans.computeIfAbsent(CsvTable.value(row, user) + '\t' + org, key -> new Span());
                    String beginText = CsvTable.value(row, begin);
                    String endText = CsvTable.value(row, end);
                    LocalDate first = date(beginText);
                    LocalDate last = date(endText);
                    if (span.badDate == null && (first == null && !beginText.isEmpty()
                            || last == null && !endText.isEmpty())) {
                        span.badDate = first == null && !beginText.isEmpty() ? beginText : endText;
                        span.badLine = row.line();
                    }
                    if (first != null && (span.first == null || first.isBefore(span.first))) {
                        span.first = first;
                    }
                    if (last == null) {
                        span.open = true;
                    } else if (span.last == null || last.isAfter(span.last)) {
                        span.last = last;
                    }
                }
            }
        }
    }

    private void readDemographics() {
        try (CsvTable table = bundle.table(DEMOGRAPHICS)) {
            if (table != null) {
                Demographics.read(table, demographics);
            }
        }
    }

    /**
     * A OneRoster date (2026-08-17), or the date of a date-time some exports write instead; null when empty or not a
     * date.
     */
    static LocalDate date(String text) {
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Of a list of grade levels, the highest (kindergarten above pre-K, 10 above 09); unknown codes rank lowest. */
    static String highestGrade(String grades) {
        String best = "";
        int bestRank = Integer.MIN_VALUE;
        for (String grade : OneRosterBundle.list(grades).toList()) {
            int rank = gradeRank(grade);
            if (best.isEmpty() || rank > bestRank) {
                best = grade;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int gradeRank(String grade) {
        String code = grade.toUpperCase(Locale.ROOT);
        if (code.matches("\\d{1,2}")) {
            return Integer.parseInt(code);
        }
        return switch (code) {
            case "KG", "K" -> 0;
            case "TK" -> -1;
            case "PK" -> -2;
            default -> Integer.MIN_VALUE + 1;
        };
    }

    @Override
    public void close() {
        if (users != null) {
            users.close();
        }
    }
}
