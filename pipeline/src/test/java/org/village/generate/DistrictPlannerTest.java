package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Districts of any size: their schools, ids, feeders and export layouts, and the arguments that make them. */
class DistrictPlannerTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static District plan(int students, int schools) {
        return DistrictPlanner.plan(GeneratorArguments.of(students, schools, 1, OCTOBER),
                new RandomStreams(1).stream("district"));
    }

    @Test
    void aLargeDistrictHasAFifthMiddleAndAFifthHighSchoolsWithUniqueFourDigitIdsAndNames() {
        District district = plan(150_000, 200);

        List<School> schools = district.schools();
        assertThat(schools).hasSize(200);
        assertThat(schools).extracting(School::id).doesNotHaveDuplicates().allMatch(id -> id.matches("0\\d{3}"));
        assertThat(schools).extracting(School::name).doesNotHaveDuplicates();
        assertThat(schools.stream().filter(s -> s.level() == School.Level.MIDDLE)).hasSize(40);
        assertThat(schools.stream().filter(s -> s.level() == School.Level.HIGH)).hasSize(40);
        assertThat(schools.stream().mapToInt(School::targetStudents).sum()).isBetween(149_000, 151_000);
    }

    @Test
    void everyElementarySchoolFeedsAMiddleSchoolAndEveryMiddleSchoolAHighSchool() {
        District district = plan(20_000, 30);

        for (School school : district.schools()) {
            switch (school.level()) {
                case ELEMENTARY -> assertThat(district.school(school.feedsInto()).level())
                        .isEqualTo(School.Level.MIDDLE);
                case MIDDLE -> assertThat(district.school(school.feedsInto()).level()).isEqualTo(School.Level.HIGH);
                case HIGH -> assertThat(school.feedsInto()).isNull();
            }
        }
        Set<String> fed = district.schools().stream().filter(s -> s.feedsInto() != null).map(School::feedsInto)
                .collect(Collectors.toSet());
        assertThat(fed).containsAll(district.schools().stream().filter(s -> s.level() != School.Level.ELEMENTARY)
                .map(School::id).toList());
    }

    @Test
    void theSampleSizedDistrictUsesEverySummaryLayoutAndTwoDailyOnes() {
        District district = plan(3000, 8);

        assertThat(district.schools()).filteredOn(School::sendsDailyRecords).hasSize(2);
        assertThat(district.schools()).extracting(school -> school.attendance().style())
                .containsAll(ExportStyles.SUMMARIES.stream().map(AttendanceSummaryLayout::style).toList());
        assertThat(district.schools()).extracting(school -> school.marks().style())
                .containsAll(ExportStyles.MARKS.stream().map(MarksLayout::style).toList());
    }

    @Test
    void largerDistrictsSendDailyRecordsFromEverySchoolUnlessToldOtherwise() {
        assertThat(GeneratorArguments.defaultDailySchools(8)).isEqualTo(2);
        assertThat(GeneratorArguments.defaultDailySchools(20)).isEqualTo(2);
        assertThat(GeneratorArguments.defaultDailySchools(21)).isEqualTo(21);
        assertThat(plan(30_000, 40).schools()).allMatch(School::sendsDailyRecords);
    }

    @Test
    void theArgumentsRefuseDistrictsTheIdsCannotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorArguments.of(3000, 2, 1, OCTOBER));
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorArguments.of(3000, 501, 1, OCTOBER));
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorArguments.of(100, 8, 1, OCTOBER));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorArguments(3000, 8, 9, 1, OCTOBER));
    }

    @Test
    void theBaselineIsTheSchoolYearBeforeTheOneTheLastMonthFallsIn() {
        assertThat(GeneratorArguments.of(3000, 8, 1, YearMonth.of(2026, 10)).baselineYear().label())
                .isEqualTo("2025-26");
        assertThat(GeneratorArguments.of(3000, 8, 1, YearMonth.of(2027, 3)).baselineYear().label())
                .isEqualTo("2025-26");
        assertThat(GeneratorArguments.of(3000, 8, 1, YearMonth.of(2026, 6)).baselineYear().label())
                .isEqualTo("2024-25");
    }

    @Test
    void theCommandLineNamesTheDailySchoolsOnlyWhenTheyDifferFromTheDefault() {
        assertThat(GeneratorArguments.of(3000, 8, 20261, OCTOBER).commandLine("sample-data"))
                .isEqualTo("generate --students 3000 --schools 8 --seed 20261 --through 2026-10 --out sample-data");
        assertThat(new GeneratorArguments(3000, 8, 8, 1, OCTOBER).commandLine("x")).contains("--daily-schools 8");
    }
}
