package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchoolsOfRecordTest {

    private static AttendanceTotals.SchoolDays days(String school, int enrolled, LocalDate lastDay) {
        AttendanceTotals.SchoolDays days = new AttendanceTotals.SchoolDays(school);
        days.yearEnrolled = BigDecimal.valueOf(enrolled);
        days.lastDay = lastDay;
        return days;
    }

    /**
     * s1 spent 30 days at 0101 and 12 at 0102; s2 20 at each, at 0102 last; s3 20 at each, both to the same day, so
     * the lower id; s4 has no attendance this year.
     */
    private final SchoolsOfRecord schools = SchoolsOfRecord.of(Map.of(
            "s1", List.of(days("0102", 12, LocalDate.of(2026, 10, 30)), days("0101", 30, LocalDate.of(2026, 9, 30))),
            "s2", List.of(days("0101", 20, LocalDate.of(2026, 9, 30)), days("0102", 20, LocalDate.of(2026, 10, 30))),
            "s3", List.of(days("0102", 20, LocalDate.of(2026, 10, 30)), days("0101", 20, LocalDate.of(2026, 10, 30)))));

    @Test
    void aStudentWhoMovedCountsAtTheSchoolOfMostDaysOrOfTwoAlikeTheOneAttendedLast() {
        assertThat(schools.of("s1")).isEqualTo("0101");
        assertThat(schools.of("s2")).isEqualTo("0102");
        assertThat(schools.of("s3")).isEqualTo("0101");
        assertThat(schools.of("s4")).isNull();
    }

    @Test
    void splitsStudentsBySchoolLeavingOutThoseWithNone() {
        assertThat(schools.split(Map.of("s1", "a", "s2", "b", "s3", "c", "s4", "d")))
                .isEqualTo(Map.of("0101", Map.of("s1", "a", "s3", "c"), "0102", Map.of("s2", "b")));
    }
}
