package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMappingTest {

    private static final HeaderDictionary BUILT_IN = HeaderDictionary.builtIn();

    private static SheetRow header(String... cells) {
        return new SheetRow(1, cells);
    }

    @ParameterizedTest
    @CsvSource({
            "Student_Number, STUDENT_ID",
            "StudentID, STUDENT_ID",
            "Local ID, STUDENT_ID",
            "student number, STUDENT_ID",
            "SCHOOL-CODE, SCHOOL_ID",
            "Days Membership, DAYS_ENROLLED",
            "Days Attended, DAYS_PRESENT",
            "Grade_Level, GRADE",
            "LastFirst, STUDENT_NAME",
            "Student #, STUDENT_ID",
            "School #, SCHOOL_ID"
    })
    void knowsTheNamesStudentInformationSystemsExport(String header, Field field) {
        assertThat(field.matches(Field.normalise(header))).isTrue();
    }

    @Test
    void recognisesARosterByItsColumnsAndPlacesEachField() {
        Optional<HeaderMapping> mapping = HeaderMapping.match(
                header("LastFirst", "Student_Number", "SchoolID", "Grade_Level", "EntryDate", "ExitDate", "Gender"),
                BUILT_IN);

        assertThat(mapping).get().extracting(HeaderMapping::dataset).isEqualTo(Dataset.ROSTER);
        assertThat(mapping.get().column(Field.STUDENT_NAME)).isEqualTo(0);
        assertThat(mapping.get().column(Field.STUDENT_ID)).isEqualTo(1);
        assertThat(mapping.get().column(Field.EXIT_DATE)).isEqualTo(5);
    }

    @Test
    void recognisesGenesisDailyAttendanceWithTheSchoolFirstAndNumbersWrittenAsHash() {
        HeaderMapping daily = HeaderMapping.match(
                header("School #", "Student #", "Date", "Attendance Status", "Minutes Present"), BUILT_IN)
                .orElseThrow();

        assertThat(daily.dataset()).isEqualTo(Dataset.DAILY_ATTENDANCE);
        assertThat(daily.column(Field.SCHOOL_ID)).isEqualTo(0);
        assertThat(daily.column(Field.STUDENT_ID)).isEqualTo(1);
        assertThat(daily.column(Field.ATTENDANCE_STATUS)).isEqualTo(3);
    }

    @Test
    void readsNameAsTheSchoolsNameInASchoolsListOnly() {
        HeaderMapping schools = HeaderMapping.match(header("School ID", "Name", "Level"), BUILT_IN).orElseThrow();

        assertThat(schools.dataset()).isEqualTo(Dataset.SCHOOLS);
        assertThat(schools.column(Field.SCHOOL_NAME)).isEqualTo(1);
    }

    @Test
    void needsDaysPresentOrAbsentToCallASheetAnAttendanceSummary() {
        assertThat(HeaderMapping.match(header("Student ID", "Period Start", "Period End", "Days Enrolled"), BUILT_IN))
                .isEmpty();
        assertThat(HeaderMapping.match(header("Student ID", "From", "To", "Membership Days", "Days Absent"), BUILT_IN))
                .get().extracting(HeaderMapping::dataset).isEqualTo(Dataset.ATTENDANCE_SUMMARY);
    }

    @Test
    void saysWhatIsMissingFromAHeaderItAlmostRecognised() {
        assertThat(HeaderMapping.describeNearMiss(header("Student ID", "Grade", "Exit Date"), BUILT_IN))
                .contains("student roster without school id, entry date");
    }

    @ParameterizedTest
    @CsvSource({
            "Student_Number|Att_Date|Attendance_Code|DAILY_ATTENDANCE",
            "StudentUniqueId|SchoolId|EventDate|AttendanceEventCategoryDescriptor|DAILY_ATTENDANCE",
            "Student_Number|SchoolID|StoreCode|Course_Number|Course_Name|Grade|Percent|EarnedCrHrs|COURSE_MARKS",
            "Partnership ID|Partner Name|Type|Schools Served|Start Date|End Date|PARTNERSHIPS",
            "Partnership ID|KPI|Target|By Date|PARTNERSHIP_GOALS",
            "Partnership ID|Student ID|Session Date|Hours|Activity|PARTICIPATION",
            "Partnership ID|Month|Volunteer Hours|Volunteers|VOLUNTEER_HOURS",
            "Partnership ID|Date|Kind|Amount|Description|Source|CONTRIBUTIONS",
            "Partnership ID|Check-in Date|Status|Notes|CHECK_INS",
            "Partnership ID|Date|Title|Story|Quote|Attribution|Consent to Publish|STORIES",
            "Name|Email|Role|Receives|DISTRIBUTION_LIST"
    })
    void recognisesEveryDatasetOfTheBrief(String headerAndDataset) {
        String[] parts = headerAndDataset.split("\\|");
        String[] cells = java.util.Arrays.copyOf(parts, parts.length - 1);

        assertThat(HeaderMapping.match(header(cells), BUILT_IN)).get().extracting(HeaderMapping::dataset)
                .isEqualTo(Dataset.valueOf(parts[parts.length - 1]));
    }

    @Test
    void takesTheDistrictsOwnNamesFromConfiguration() {
        HeaderDictionary district = HeaderDictionary.withDistrictNames(
                java.util.Map.of("student-id", java.util.List.of("Pupil No."), "days present", java.util.List.of("Here")));

        assertThat(HeaderMapping.match(header("Pupil No.", "Period Start", "Period End", "Days Enrolled", "Here"),
                district)).get().extracting(HeaderMapping::dataset).isEqualTo(Dataset.ATTENDANCE_SUMMARY);
        assertThat(HeaderMapping.match(header("Pupil No.", "Period Start", "Period End", "Days Enrolled", "Here"),
                BUILT_IN)).isEmpty();
    }

    @Test
    void refusesAConfiguredNameForAFieldThatDoesNotExist() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HeaderDictionary.withDistrictNames(
                java.util.Map.of("pupil-shoe-size", java.util.List.of("Shoes"))))
                .hasMessageContaining("village.ingest.headers.pupil-shoe-size names no field");
    }
}
