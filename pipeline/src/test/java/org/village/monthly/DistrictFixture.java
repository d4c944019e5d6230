package org.village.monthly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.village.ingest.TestWorkbooks;

/**
 * A small district whose October 2026 figures were worked out by hand (school year from July 2026):
 *
 * <pre>
 * Alder Creek (0101), 20 students, September and October, real Excel dates:
 *   September: 21 days enrolled each; all present except a01, present 15.
 *   October:   20 days enrolled each; a01 present 18, a02 present 16, the rest 20.
 *   October rate 394/400 = 98.5%; year to date (414 + 394)/820 = 98.5%.
 *   Chronic, year to date: a01 missed 8 of 41 (19.5%), a02 4 of 41 (9.8%): 1 of 20 = 5.0%.
 * École José Martí (0102), 12 students, October only, ISO text dates, days absent instead of present:
 *   20 days enrolled each, b01..b03 absent 3: 231/240 = 96.25%; chronic 3 of 12.
 * Tiny Academy (0103), 4 students, October, header below a title row: 80/80. Fewer than 10 students, so
 *   suppressed; and École José Martí, the next-smallest school, is suppressed with it, or Tiny Academy's figures
 *   could be worked out from the district's.
 * District, October: 36 students; (394 + 231 + 80)/(400 + 240 + 80) = 705/720 = 97.9%.
 *   Year to date: (808 + 231 + 80)/(820 + 240 + 80) = 1119/1140 = 98.2%.
 *   Chronic, year to date: 1 + 3 + 0 = 4 of 36 = 11.1%. Chronic in October alone: a01, a02, b01..b03 = 5 of 36.
 * Rejected: in Alder Creek's September file a row for a student on no roster, in its October file a row with more
 *   days present than enrolled. One bad row in 21 stays under the 5% at which a whole file is held back; none of
 *   them counts.
 * </pre>
 */
public final class DistrictFixture {

    static final int REJECTED_ROWS = 2;
    static final int ATTENDANCE_ROWS = 20 + 20 + 12 + 4;

    private DistrictFixture() {
    }

    public static void writeTo(Path inbox) throws IOException {
        List<List<Object>> roster = new ArrayList<>();
        roster.add(List.of("Last Name", "First Name", "Student_Number", "SchoolID", "Grade_Level", "EntryDate"));
        for (int i = 1; i <= 20; i++) {
            roster.add(List.of("Nguyễn", "Zoë", id("a", i), "0101", "3", LocalDate.of(2026, 8, 17)));
        }
        for (int i = 1; i <= 12; i++) {
            roster.add(List.of("Ramírez", "José", id("b", i), "0102", "K", LocalDate.of(2026, 10, 1)));
        }
        for (int i = 1; i <= 4; i++) {
            roster.add(List.of("O'Brien", "Chloé", id("c", i), "0103", "12", LocalDate.of(2026, 10, 1)));
        }
        roster.add(List.of("Müller", "Ana", "000999", "0101", "3", LocalDate.of(2026, 8, 17)));
        TestWorkbooks.workbook()
                .sheet("Schools", List.of(
                        List.of("School ID", "School Name", "Level"),
                        List.of("0101", "Alder Creek Elementary", "ELEMENTARY"),
                        List.of("0102", "École José Martí", "ELEMENTARY"),
                        List.of("0103", "Tiny Academy", "HIGH")))
                .sheet("Roster 2026-27", roster)
                .writeTo(inbox.resolve("district-2026-27.xlsx"));

        List<List<Object>> september = new ArrayList<>();
        september.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            september.add(List.of(id("a", i), "0101", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 21,
                    i == 1 ? 15 : 21));
        }
        september.add(List.of("777777", "0101", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 21, 21));
        TestWorkbooks.workbook().sheet("Attendance", september)
                .writeTo(inbox.resolve("attendance/0101-2026-09.xlsx"));

        List<List<Object>> october = new ArrayList<>();
        october.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            october.add(List.of(id("a", i), "0101", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 20,
                    i == 1 ? 18 : i == 2 ? 16 : 20));
        }
        october.add(List.of("000999", "0101", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 20, 22));
        october.add(List.of());
        TestWorkbooks.workbook().sheet("Attendance", october)
                .writeTo(inbox.resolve("attendance/0101-2026-10.xlsx"));

        List<List<Object>> josé = new ArrayList<>();
        josé.add(List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Absent"));
        for (int i = 1; i <= 12; i++) {
            josé.add(List.of(id("b", i), "0102", "2026-10-01", "2026-10-31", 20, i <= 3 ? 3 : 0));
        }
        TestWorkbooks.workbook().sheet("Sheet1", josé).writeTo(inbox.resolve("attendance/0102-2026-10.xlsx"));

        List<List<Object>> tiny = new ArrayList<>();
        tiny.add(List.of("Tiny Academy — monthly attendance"));
        tiny.add(List.of());
        tiny.add(Arrays.asList("Local ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 4; i++) {
            tiny.add(List.of(id("c", i), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 20, 20));
        }
        TestWorkbooks.workbook().sheet("Monthly Summary", tiny).writeTo(inbox.resolve("attendance/0103-2026-10.xlsx"));
    }

    /** Six-digit ids with leading zeros, as SIS exports write them: a01 → "001001", b01 → "002001". */
    static String id(String school, int i) {
        return String.format("%03d%03d", school.charAt(0) - 'a' + 1, i);
    }

    /**
     * Two partnerships, worked out by hand for October 2026:
     *
     * <pre>
     * P-001 mentoring at 0101 and 0102, minimum dosage 6 hours. October: a01..a12, two sessions of 1.5 hours each
     *   (12 served, 24 sessions, 36 hours: 3.0 hours and 2.0 sessions each; 32 students enrolled at its schools, so
     *   12/32 = 37.5% took part; nobody reached 6 hours in October). September: a01..a04, two sessions of 2 hours.
     *   Year to date: 52 hours over 12 participants; a01..a04 reached 7 hours: 4 of 12 retained.
     *   Its participants' attendance, year to date: (33 + 37 + 10 × 41) / (12 × 41) = 480/492.
     *   Volunteers: 25 hours (4 people) in September, 40 hours (5 people) in October.
     * P-002 food and clothing at 0103: three students in October (fewer than 10: suppressed); 12 volunteer hours.
     * District: 15 students served; volunteer hours 52 in October, 77 in the year to date.
     * Money, year to date: P-001 $2,000 cash + $500 in kind + 65 volunteer hours × $34.79 = $4,761.35, or
     *   $396.78 per student served; P-002 a $1,000 grant + 12 × $34.79 = $1,417.48. District: $6,178.83.
     * P-001's goal: an attendance rate of 97% for its participants; 480/492 = 97.56% is 100.6% of it, on track.
     * </pre>
     */
    public static void writePartnershipsTo(Path inbox) throws IOException {
        TestWorkbooks.workbook()
                .sheet("Partnerships", List.of(
                        List.of("Partnership ID", "Partner Name", "Type", "Schools Served", "Start Date",
                                "Minimum Dosage Hours"),
                        List.of("P-001", "Big Brothers Big Sisters of Riverbend", "mentoring", "0101; 0102",
                                LocalDate.of(2026, 8, 17), 6),
                        Arrays.asList("P-002", "Riverbend Food Bank", "food and clothing", "0103",
                                LocalDate.of(2026, 9, 1), null)))
                .sheet("Goals", List.of(
                        List.of("Partnership ID", "KPI", "Target", "By Date"),
                        List.of("P-001", "attendance_rate", "97%", LocalDate.of(2027, 6, 4))))
                .writeTo(inbox.resolve("partnerships.xlsx"));
        List<List<Object>> october = new ArrayList<>();
        october.add(List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"));
        for (int i = 1; i <= 12; i++) {
            october.add(List.of("P-001", id("a", i), LocalDate.of(2026, 10, 7), 1.5, "mentoring"));
            october.add(List.of("P-001", id("a", i), LocalDate.of(2026, 10, 21), 1.5, "mentoring"));
        }
        TestWorkbooks.workbook().sheet("Sessions", october).writeTo(inbox.resolve("partners/P-001-2026-10.xlsx"));
        List<List<Object>> september = new ArrayList<>();
        september.add(List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"));
        for (int i = 1; i <= 4; i++) {
            september.add(List.of("P-001", id("a", i), LocalDate.of(2026, 9, 9), 2, "mentoring"));
            september.add(List.of("P-001", id("a", i), LocalDate.of(2026, 9, 23), 2, "mentoring"));
        }
        TestWorkbooks.workbook().sheet("Sessions", september).writeTo(inbox.resolve("partners/P-001-2026-09.xlsx"));
        TestWorkbooks.workbook().sheet("Pantry", List.of(
                List.of("Partnership ID", "Student ID", "Session Date", "Hours"),
                List.of("P-002", id("c", 1), LocalDate.of(2026, 10, 14), 1),
                List.of("P-002", id("c", 2), LocalDate.of(2026, 10, 14), 1),
                List.of("P-002", id("c", 3), LocalDate.of(2026, 10, 14), 1)))
                .writeTo(inbox.resolve("partners/P-002-2026-10.xlsx"));
        TestWorkbooks.workbook().sheet("Volunteers", List.of(
                List.of("Partnership ID", "Month", "Volunteer Hours", "Volunteers"),
                List.of("P-001", "2026-09", 25, 4),
                List.of("P-001", "2026-10", 40, 5),
                List.of("P-002", "2026-10", 12, 3)))
                .writeTo(inbox.resolve("partners/volunteers-2026-10.xlsx"));
        TestWorkbooks.workbook().sheet("Gifts", List.of(
                List.of("Partnership ID", "Date", "Kind", "Amount", "Description", "Source"),
                List.of("P-001", LocalDate.of(2026, 9, 15), "Cash", "$2,000.00", "mentor training", "Partner"),
                List.of("P-001", LocalDate.of(2026, 10, 1), "In-kind", 500, "backpacks", "Partner"),
                List.of("P-002", LocalDate.of(2026, 10, 5), "Grant", 1000, "pantry shelving", "District")))
                .writeTo(inbox.resolve("district/contributions-2026-10.xlsx"));
        TestWorkbooks.workbook().sheet("Check-ins", List.of(
                List.of("Partnership ID", "Check-in Date", "Status", "Notes"),
                List.of("P-001", LocalDate.of(2026, 9, 22), "On track", "first quarter"),
                List.of("P-001", LocalDate.of(2026, 10, 20), "At risk", "two mentors left")))
                .writeTo(inbox.resolve("district/check-ins-2026-10.xlsx"));
        TestWorkbooks.workbook().sheet("Stories", List.of(
                List.of("Partnership ID", "Story Date", "Title", "Story", "Quote", "Attribution", "Consent to Publish"),
                List.of("P-001", LocalDate.of(2026, 10, 15), "Mentors who keep showing up",
                        "Every Tuesday, mentors from Big Brothers Big Sisters meet their mentees at Alder Creek.",
                        "I come on Tuesdays because someone is waiting for me.", "A fourth-grader", "Yes"),
                List.of("P-002", LocalDate.of(2026, 10, 16), "Not for publication",
                        "A story its family did not agree to share.", "", "", "No")))
                .writeTo(inbox.resolve("partners/stories-2026-10.xlsx"));
    }

    /**
     * A partnership measured against its baseline, worked out by hand for October 2026:
     *
     * <pre>
     * P-100 reading buddies at 0101, started 2026-08-17, so its baseline is 2025-08-17 to 2026-08-16. It served
     *   a01..a10, first on 2026-09-15; so "now" holds the October summary (it starts after the 15th) and not
     *   September's. Comparison students: a11..a20 (same school and grade, not served).
     * Baseline, September 2025 at 0101, 20 days enrolled each, present:
     *   a01 16, a02 14, then a03..a10 16 where odd and 18 where even; a11..a20 19 where odd and 20 where even.
     * Changes to October 2026 (a01 18/20, a02 16/20, the rest 20/20):
     *   participants +0.2 for a03, a05, a07, a09 and +0.1 for the other six: mean 0.14, variance 0.024/9;
     *   comparison +0.05 where odd and 0 where even: mean 0.025, variance 0.00625/9.
     *   Effect 0.14 - 0.025 = 0.115; standard error sqrt(0.024/90 + 0.00625/90) = 0.018333, Welch's degrees of
     *   freedom 13.4, t = 2.155: 95% interval 0.0755 to 0.1545.
     * With September 2025 corrected so that every comparison student was present 18 of 20 days: comparison change
     *   +0.1 each (no spread), effect 0.04, standard error sqrt(0.024/90) = 0.016330 on 9 degrees of freedom,
     *   t = 2.262: 0.0031 to 0.0769.
     * </pre>
     */
    public static void writeBaselineYearTo(Path inbox) throws IOException {
        TestWorkbooks.workbook()
                .sheet("Partnerships", List.of(
                        List.of("Partnership ID", "Partner Name", "Type", "Schools Served", "Start Date"),
                        List.of("P-100", "Riverbend Reading Buddies", "mentoring", "0101", LocalDate.of(2026, 8, 17))))
                .writeTo(inbox.resolve("partnerships.xlsx"));
        List<List<Object>> sessions = new ArrayList<>();
        sessions.add(List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"));
        for (int i = 1; i <= 10; i++) {
            sessions.add(List.of("P-100", id("a", i), LocalDate.of(2026, 9, 15), 1, "reading"));
        }
        TestWorkbooks.workbook().sheet("Sessions", sessions).writeTo(inbox.resolve("partners/P-100-2026-09.xlsx"));
        writeBaselineSeptemberTo(inbox.resolve("attendance/0101-2025-09.xlsx"), false);
    }

    /** September 2025 at Alder Creek as first sent, or corrected (every comparison student present 18 days). */
    public static void writeBaselineSeptemberTo(Path file, boolean corrected) throws IOException {
        List<List<Object>> september = new ArrayList<>();
        september.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            int present;
            if (i > 10) {
                present = corrected ? 18 : i % 2 == 1 ? 19 : 20;
            }
            else {
                present = i == 1 ? 16 : i == 2 ? 14 : i % 2 == 1 ? 16 : 18;
            }
            september.add(List.of(id("a", i), "0101", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), 20,
                    present));
        }
        TestWorkbooks.workbook().sheet("Attendance", september).writeTo(file);
    }

    /**
     * The district's schools and roster again, now with each student's gender and race/ethnicity as a SIS exports
     * them (the federal category names): Alder Creek's a01..a10 Hispanic or Latino and a11..a20 White, École José
     * Martí's Black or African American, Tiny Academy's Two or More Races; girls at odd numbers, boys at even.
     */
    public static void writeRosterWithGroupsTo(Path inbox) throws IOException {
        List<List<Object>> roster = new ArrayList<>();
        roster.add(List.of("Student_Number", "SchoolID", "Grade_Level", "EntryDate", "Gender", "Race/Ethnicity"));
        for (int i = 1; i <= 20; i++) {
            roster.add(List.of(id("a", i), "0101", "3", LocalDate.of(2026, 8, 17), i % 2 == 1 ? "F" : "M",
                    i <= 10 ? "Hispanic or Latino" : "White"));
        }
        for (int i = 1; i <= 12; i++) {
            roster.add(List.of(id("b", i), "0102", "K", LocalDate.of(2026, 10, 1), i % 2 == 1 ? "F" : "M",
                    "Black or African American"));
        }
        for (int i = 1; i <= 4; i++) {
            roster.add(List.of(id("c", i), "0103", "12", LocalDate.of(2026, 10, 1), i % 2 == 1 ? "F" : "M",
                    "Two or More Races"));
        }
        roster.add(List.of("000999", "0101", "3", LocalDate.of(2026, 8, 17), "F", "Asian"));
        TestWorkbooks.workbook()
                .sheet("Schools", List.of(
                        List.of("School ID", "School Name", "Level"),
                        List.of("0101", "Alder Creek Elementary", "ELEMENTARY"),
                        List.of("0102", "École José Martí", "ELEMENTARY"),
                        List.of("0103", "Tiny Academy", "HIGH")))
                .sheet("Roster 2026-27", roster)
                .writeTo(inbox.resolve("district-2026-27.xlsx"));
    }
}
