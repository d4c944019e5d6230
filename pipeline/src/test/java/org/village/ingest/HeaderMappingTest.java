package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMappingTest {

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
            "LastFirst, STUDENT_NAME"
    })
    void knowsTheNamesStudentInformationSystemsExport(String header, Field field) {
        assertThat(field.matches(Field.normalise(header))).isTrue();
    }

    @Test
    void recognisesARosterByItsColumnsAndPlacesEachField() {
        Optional<HeaderMapping> mapping = HeaderMapping.match(
                header("LastFirst", "Student_Number", "SchoolID", "Grade_Level", "EntryDate", "ExitDate", "Gender"));

        assertThat(mapping).get().extracting(HeaderMapping::dataset).isEqualTo(Dataset.ROSTER);
        assertThat(mapping.get().column(Field.STUDENT_NAME)).isEqualTo(0);
        assertThat(mapping.get().column(Field.STUDENT_ID)).isEqualTo(1);
        assertThat(mapping.get().column(Field.EXIT_DATE)).isEqualTo(5);
    }

    @Test
    void readsNameAsTheSchoolsNameInASchoolsListOnly() {
        HeaderMapping schools = HeaderMapping.match(header("School ID", "Name", "Level")).orElseThrow();

        assertThat(schools.dataset()).isEqualTo(Dataset.SCHOOLS);
        assertThat(schools.column(Field.SCHOOL_NAME)).isEqualTo(1);
    }

    @Test
    void needsDaysPresentOrAbsentToCallASheetAnAttendanceSummary() {
        assertThat(HeaderMapping.match(header("Student ID", "Period Start", "Period End", "Days Enrolled")))
                .isEmpty();
        assertThat(HeaderMapping.match(header("Student ID", "From", "To", "Membership Days", "Days Absent")))
                .get().extracting(HeaderMapping::dataset).isEqualTo(Dataset.ATTENDANCE_SUMMARY);
    }

    @Test
    void saysWhatIsMissingFromAHeaderItAlmostRecognised() {
        assertThat(HeaderMapping.describeNearMiss(header("Student ID", "School", "Grade")))
                .contains("student roster without school id, entry date");
    }
}
