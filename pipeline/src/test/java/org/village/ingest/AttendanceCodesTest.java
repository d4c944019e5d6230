package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceCodesTest {

    private final AttendanceCodes codes = new AttendanceCodes(Map.of());

    /** Every AttendanceEventCategoryDescriptor code value of the Ed-Fi Data Standard, as a value and as its URI. */
    @ParameterizedTest
    @CsvSource({ "In Attendance, PRESENT", "Excused Absence, EXCUSED", "Unexcused Absence, UNEXCUSED",
        "Tardy, TARDY", "Early departure, TARDY", "Partial, TARDY" })
    void knowsEdFisAttendanceEventCategories(String codeValue, AttendanceCodes.Status status) {
        assertThat(codes.statusOf(codeValue)).isEqualTo(status);
        assertThat(codes.statusOf("uri://ed-fi.org/AttendanceEventCategoryDescriptor#" + codeValue))
                .isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({ "uri://ed-fi.org/AttendanceEventCategoryDescriptor#Holiday", "Partially" })
    void leavesOtherValuesUnknown(String code) {
        assertThat(codes.statusOf(code)).isNull();
    }
}
