package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Which column fills a field when several could: decided by the header's strength and the values under it, never by
 * position; and where neither decides, the sheet stops with a message naming both headers and the setting.
 */
class ColumnRolesTest {

    private static final HeaderDictionary BUILT_IN = HeaderDictionary.builtIn();
    /** With the built-in codes, grade scale and US dates: what a district with no configuration gets. */
    private static final ColumnEvidence EVIDENCE = IngestProperties.defaults().columnEvidence();

    /** A sheet of text rows, the first one its header, as a cursor yields it. */
    private static SheetCursor sheet(String... rows) {
        List<SheetRow> parsed = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            parsed.add(new SheetRow(i + 1, rows[i].split(",", -1)));
        }
        Iterator<SheetRow> it = parsed.iterator();
        return new SheetCursor() {
            @Override
            public SheetRow next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    private static HeaderMapping.Search read(HeaderDictionary dictionary, String... rows) {
        return HeaderMapping.find(sheet(rows), dictionary, EVIDENCE, false);
    }

    @Test
    void takesTheAttendanceCodesOverAYesNoColumnThatComesFirst() {
        HeaderMapping.Search search = read(BUILT_IN,
                "student_id,attendance_date,all_day,AttendanceCode,attendance_status",
                "s1,2022-01-03,Yes,P,Present",
                "s2,2022-01-03,Yes,A,Absent",
                "s3,2022-01-03,No,P,Present");

        HeaderMapping header = search.header().orElseThrow();
        assertThat(header.dataset()).isEqualTo(Dataset.DAILY_ATTENDANCE);
        assertThat(header.column(Field.ATTENDANCE_STATUS)).isEqualTo(3);
        assertThat(header.describe()).contains("all_day → ignored", "AttendanceCode → attendance code",
                "attendance_status → ignored");
        assertThat(search.sampled()).hasSize(3);
    }

    @Test
    void passesOverAColumnWhoseValuesAreNotCodesEvenWhenItsHeaderIsAsStrong() {
        HeaderMapping header = read(BUILT_IN,
                "Student ID,Date,Status,Attendance",
                "s1,2026-10-05,Active,P",
                "s2,2026-10-05,Active,T").header().orElseThrow();

        assertThat(header.column(Field.ATTENDANCE_STATUS)).isEqualTo(3);
    }

    @Test
    void aConfiguredHeaderAlwaysWinsEvenOverTheFieldsOwnName() {
        HeaderDictionary district = HeaderDictionary.withDistrictNames(
                Map.of("attendance-status", List.of("attendance_status")));

        HeaderMapping header = read(district,
                "student_id,attendance_date,AttendanceCode,attendance_status",
                "s1,2022-01-03,P,Present").header().orElseThrow();

        assertThat(header.column(Field.ATTENDANCE_STATUS)).isEqualTo(3);
    }

    @Test
    void stopsTheSheetAndNamesBothHeadersAndTheSettingWhenNothingDecides() {
        HeaderMapping.Search search = read(BUILT_IN,
                "Student ID,Date,Status,Attendance",
                "s1,2026-10-05,P,A",
                "s2,2026-10-05,A,P");

        assertThat(search.header()).isEmpty();
        assertThat(search.problem()).contains("'Status' and 'Attendance'")
                .contains("village.ingest.headers.attendance-status");
    }

    @Test
    void takesTheLetterGradeOverThePercentageAndAttemptedCreditsOverEarned() {
        HeaderMapping header = read(BUILT_IN,
                "Student_Number,StoreCode,Course_Number,Course_Name,Percent,Grade,EarnedCrHrs,PotentialCrHrs",
                "s1,Q1,MA101,Algebra,55,F,0,1",
                "s2,Q1,MA101,Algebra,91,A-,1,1").header().orElseThrow();

        assertThat(header.column(Field.MARK)).isEqualTo(5);
        assertThat(header.column(Field.CREDITS)).isEqualTo(7);
        assertThat(header.column(Field.COURSE)).isEqualTo(2);
    }

    @Test
    void readsARosterHeadedSchoolAndEveryNameColumnAsNeverRead() {
        HeaderMapping header = read(BUILT_IN,
                "Last Name,First Name,Student ID,School,Grade,Entry Date",
                "Doe,Jane,001,0101,3,2026-08-17").header().orElseThrow();

        assertThat(header.dataset()).isEqualTo(Dataset.ROSTER);
        assertThat(header.column(Field.SCHOOL_ID)).isEqualTo(3);
        assertThat(header.describe()).startsWith("Last Name → never read (student name); First Name → never read "
                + "(student name); Student ID → student id; School → school id");
    }

    @Test
    void readsHoursFromADurationInHours() {
        HeaderMapping header = read(BUILT_IN,
                "Partnership ID,Student ID,Session Date,Duration (hours)",
                "P-001,001,2026-10-05,1.5").header().orElseThrow();

        assertThat(header.column(Field.HOURS)).isEqualTo(3);
    }

    @Test
    void hintsFromTheRowThatLooksLikeAHeaderNotTheTitleAboveIt() {
        HeaderMapping.Search search = read(BUILT_IN,
                "Lincoln Elementary attendance export",
                "Student ID,Grade,Exit Date",
                "001,3,");

        assertThat(search.header()).isEmpty();
        assertThat(search.problem()).contains("closest, row 2").contains("student roster without school id, entry date");
    }
}
