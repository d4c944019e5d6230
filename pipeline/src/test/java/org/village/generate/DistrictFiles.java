package org.village.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.village.generate.GeneratedFiles.Table;
import org.village.generate.GeneratedFiles.TableRow;

/**
 * A generated district read back from its files alone, with a header dictionary of its own (a small ingest, so the
 * tests do not take the generator's word for its layouts). Rows a careful ingest would reject are left out: ids on
 * no roster, days present or absent above days enrolled, attendance codes it does not know.
 */
final class DistrictFiles {

    private static final Set<String> STUDENT = Set.of("Student ID", "StudentID", "Student_Number", "Local ID",
            "Student Number", "StudentUniqueId", "Student #", "student_id");
    private static final Set<String> SCHOOL = Set.of("School ID", "SchoolID", "School_Number", "School Code",
            "School Number", "Building ID", "SchoolId", "School #");
    private static final Set<String> PERIOD_START = Set.of("Period Start", "Start Date", "From", "Period Begin",
            "Begin Date");
    private static final Set<String> ENROLLED = Set.of("Days Enrolled", "Days Membership", "Membership Days",
            "Days In Membership", "Enrolled Days");
    private static final Set<String> PRESENT = Set.of("Days Present", "Days Attended", "Present Days");
    private static final Set<String> ABSENT = Set.of("Days Absent");
    private static final Set<String> DAY = Set.of("Att_Date", "EventDate", "Date");
    private static final Set<String> CODE = Set.of("Attendance_Code", "AttendanceEventCategoryDescriptor",
            "Attendance Status");
    private static final Set<String> PRESENT_CODES = Set.of("P", "T", "TE", "In Attendance", "Tardy", "Present");
    private static final Set<String> ABSENT_CODES = Set.of("A", "AE", "AU", "Excused Absence", "Unexcused Absence",
            "Absent Excused", "Absent Unexcused");
    private static final Set<String> SESSION_STUDENT = Set.of("Student ID", "Student Number", "student_id");

    /** A student's days at a school in a month. */
    record StudentMonth(String studentId, String schoolId, YearMonth month, int enrolled, int present) {
    }

    /** A student's enrolment in a school year, from a roster. */
    record Enrolment(String studentId, String schoolId, String grade, Map<String, String> groups) {
    }

    /** A course mark: grade points on the 4.0 scale and the credits that weigh it. */
    record Mark(String studentId, String schoolYear, String term, double points, double credits) {
    }

    final List<StudentMonth> attendance = new ArrayList<>();
    final Map<String, Map<String, Enrolment>> rosters = new TreeMap<>();
    final Map<String, Set<String>> participants = new TreeMap<>();
    final Map<String, Set<YearMonth>> partnerMonths = new TreeMap<>();
    final List<Mark> marks = new ArrayList<>();
    /** Rows left out as unusable, as "file|sheet|row" (sheet empty for a CSV file). */
    final Set<String> rejected = new TreeSet<>();
    private final Set<String> known = new TreeSet<>();

    static DistrictFiles read(Path dir) {
        DistrictFiles district = new DistrictFiles();
        List<String> files = GeneratedFiles.list(dir);
        for (String file : files) {
            if (file.startsWith("roster-")) {
                district.roster(file.substring("roster-".length(), file.indexOf('.')),
                        GeneratedFiles.read(dir, file).get(0));
            }
        }
        district.rosters.values().forEach(roster -> district.known.addAll(roster.keySet()));
        for (String file : files) {
            if (file.startsWith("attendance/")) {
                district.attendance(GeneratedFiles.read(dir, file).get(0));
            } else if (file.startsWith("grades/")) {
                district.marks(GeneratedFiles.read(dir, file).get(0));
            } else if (file.startsWith("partners/")) {
                YearMonth month = YearMonth.parse(file.split("/")[1]);
                String partnership = file.split("/")[2].substring(0, 5);
                district.partnerMonths.computeIfAbsent(partnership, id -> new TreeSet<>()).add(month);
                GeneratedFiles.read(dir, file).forEach(district::sessions);
            }
        }
        return district;
    }

    private void roster(String year, Table table) {
        List<String> header = table.rows().get(0).cells();
        Map<String, Enrolment> roster = new TreeMap<>();
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            Map<String, String> groups = new TreeMap<>();
            for (String group : List.of("Race_Ethnicity", "ELL", "SPED", "Econ_Disadv", "Homeless", "Foster")) {
                groups.put(group, row.cell(header.indexOf(group)));
            }
            roster.put(row.cell(0), new Enrolment(row.cell(0), row.cell(1), row.cell(2), groups));
        }
        rosters.put(year, roster);
    }

    private void attendance(Table table) {
        TableRow header = table.rows().stream().filter(row -> row.cells().stream().anyMatch(STUDENT::contains))
                .findFirst().orElseThrow();
        int student = column(header, STUDENT);
        int school = column(header, SCHOOL);
        int code = column(header, CODE);
        Map<String, int[]> daily = new TreeMap<>();
        String dailySchool = null;
        YearMonth dailyMonth = null;
        for (TableRow row : table.rows()) {
            if (row.number() <= header.number() || row.blank()) {
                continue;
            }
            if (!known.contains(row.cell(student))) {
                reject(table, row);
                continue;
            }
            if (code >= 0) {
                String status = row.cell(code);
                if (!PRESENT_CODES.contains(status) && !ABSENT_CODES.contains(status)) {
                    reject(table, row);
                    continue;
                }
                int[] days = daily.computeIfAbsent(row.cell(student), id -> new int[2]);
                days[0]++;
                days[1] += PRESENT_CODES.contains(status) ? 1 : 0;
                dailySchool = row.cell(school);
                dailyMonth = YearMonth.from(GeneratedFiles.date(row.cell(column(header, DAY))));
                continue;
            }
            int enrolled = Integer.parseInt(row.cell(column(header, ENROLLED)));
            int present = column(header, PRESENT) >= 0 ? Integer.parseInt(row.cell(column(header, PRESENT)))
                    : enrolled - Integer.parseInt(row.cell(column(header, ABSENT)));
            if (present < 0 || present > enrolled) {
                reject(table, row);
                continue;
            }
            attendance.add(new StudentMonth(row.cell(student), row.cell(school),
                    YearMonth.from(GeneratedFiles.date(row.cell(column(header, PERIOD_START)))), enrolled, present));
        }
        for (Map.Entry<String, int[]> days : daily.entrySet()) {
            attendance.add(new StudentMonth(days.getKey(), dailySchool, dailyMonth, days.getValue()[0],
                    days.getValue()[1]));
        }
    }

    private void marks(Table table) {
        TableRow header = table.rows().get(0);
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            String year;
            String term;
            if (header.cells().contains("DateStored")) {
                LocalDate stored = GeneratedFiles.date(row.cell(header.cells().indexOf("DateStored")));
                year = SchoolYear.containing(YearMonth.from(stored)).label();
                term = row.cell(header.cells().indexOf("StoreCode"));
            } else if (header.cells().contains("Marking Period")) {
                String[] period = row.cell(header.cells().indexOf("Marking Period")).split(" ");
                term = period[0];
                year = period[1];
            } else {
                year = row.cell(header.cells().indexOf("School Year"));
                year = year.length() == 9 ? year.substring(0, 5) + year.substring(7) : year;
                term = row.cell(header.cells().indexOf("Term"));
            }
            marks.add(new Mark(row.cell(0), year, term, points(header, row), credits(header, row)));
        }
    }

    private static double points(TableRow header, TableRow row) {
        List<String> h = header.cells();
        if (h.contains("GPA Points")) {
            return Double.parseDouble(row.cell(h.indexOf("GPA Points")));
        }
        if (h.contains("Grade") || h.contains("Score")) {
            return letterPoints(row.cell(h.indexOf(h.contains("Grade") ? "Grade" : "Score")));
        }
        return letterPoints(percentLetter(Integer.parseInt(row.cell(h.indexOf("Percent")))));
    }

    private static double credits(TableRow header, TableRow row) {
        for (String name : List.of("PotentialCrHrs", "Credits Attempted", "Credits", "Credit")) {
            if (header.cells().contains(name)) {
                return Double.parseDouble(row.cell(header.cells().indexOf(name)));
            }
        }
        throw new IllegalStateException("No credits column in " + header);
    }

    /** The district's scale as sample-data/README.md prints it. */
    static String percentLetter(int percent) {
        int[] lowest = {93, 90, 87, 83, 80, 77, 73, 70, 67, 63, 60, 0};
        String[] letters = {"A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"};
        int i = 0;
        while (percent < lowest[i]) {
            i++;
        }
        return letters[i];
    }

    static double letterPoints(String letter) {
        return switch (letter) {
            case "A" -> 4.0;
            case "A-" -> 3.7;
            case "B+" -> 3.3;
            case "B" -> 3.0;
            case "B-" -> 2.7;
            case "C+" -> 2.3;
            case "C" -> 2.0;
            case "C-" -> 1.7;
            case "D+" -> 1.3;
            case "D" -> 1.0;
            case "D-" -> 0.7;
            case "F" -> 0;
            default -> throw new IllegalArgumentException("No letter " + letter);
        };
    }

    private void sessions(Table table) {
        TableRow header = table.rows().get(0);
        int student = column(header, SESSION_STUDENT);
        if (student < 0) {
            return;
        }
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            if (known.contains(row.cell(student))) {
                participants.computeIfAbsent(row.cell(0), id -> new TreeSet<>()).add(row.cell(student));
            } else {
                reject(table, row);
            }
        }
    }

    private void reject(Table table, TableRow row) {
        rejected.add(key(table.file(), table.sheet(), row.number()));
    }

    static String key(String file, String sheet, int row) {
        return file + "|" + (sheet == null ? "" : sheet) + "|" + row;
    }

    private static int column(TableRow header, Set<String> names) {
        for (int c = 0; c < header.cells().size(); c++) {
            if (names.contains(header.cells().get(c))) {
                return c;
            }
        }
        return -1;
    }
}
