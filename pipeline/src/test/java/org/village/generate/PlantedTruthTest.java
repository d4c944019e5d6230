package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.village.generate.Comparisons.Change;
import org.village.generate.DistrictFiles.StudentMonth;
import org.village.generate.GeneratedFiles.Table;
import org.village.generate.GeneratedFiles.TableRow;

import tools.jackson.databind.JsonNode;

/**
 * The committed sample carries what its truth file says, measured from the files alone with the definitions the
 * reports print. (That the sample is what the generator makes is {@link SampleDataRegenerationTest}'s part.)
 */
class PlantedTruthTest {

    /** The difference in differences may miss a planted effect by this many points: about two and a half standard
     * errors for the smallest partnership of the sample, plus the dilution of counting a participant's current year
     * from the partnership's start month rather than the day they joined. */
    private static final double ATTENDANCE_TOLERANCE = 1.5;
    private static final double GPA_TOLERANCE = 0.1;

    static JsonNode truth;
    static DistrictFiles district;
    static Comparisons measured;
    static YearMonth through;
    static String baselineYear;
    static String currentYear;
    static Predicate<StudentMonth> baseline;
    static Predicate<StudentMonth> current;

    @BeforeAll
    static void read() {
        truth = SampleData.truth();
        district = SampleData.files();
        measured = new Comparisons(district);
        through = YearMonth.parse(truth.get("arguments").get("through").asString());
        baselineYear = truth.get("baseline_year").asString();
        currentYear = truth.get("current_year").asString();
        YearMonth baselineStart = YearMonth.of(Integer.parseInt(baselineYear.substring(0, 4)), Month.JULY);
        baseline = Comparisons.between(baselineStart, baselineStart.plusMonths(11));
        current = Comparisons.between(baselineStart.plusMonths(12), through);
    }

    @Test
    void fifteenToThirtyPercentOfStudentsAreChronicallyAbsentInEachYearAsTheTruthFileSays() {
        List<Double> shares = List.of(measured.chronicShare(baseline, id -> true),
                measured.chronicShare(current, id -> true));
        assertThat(shares).allSatisfy(share -> assertThat(share).isBetween(0.15, 0.30));
        for (int year = 0; year < 2; year++) {
            assertThat(shares.get(year)).as("year %d", year)
                    .isCloseTo(truth.get("attendance").get(year).get("chronic_absence_share").asDouble(),
                            within(0.005));
        }
    }

    @Test
    void attendanceDipsInDecemberAndFebruary() {
        int year = Integer.parseInt(baselineYear.substring(0, 4));
        double november = rate(YearMonth.of(year, 11));
        double december = rate(YearMonth.of(year, 12));
        double january = rate(YearMonth.of(year + 1, 1));
        double february = rate(YearMonth.of(year + 1, 2));
        double march = rate(YearMonth.of(year + 1, 3));

        assertThat(december).isLessThan(november).isLessThan(january);
        assertThat(february).isLessThan(january).isLessThan(march);
    }

    @Test
    void highSchoolStudentsAndStudentsInPovertyMissMoreSchool() {
        Map<String, DistrictFiles.Enrolment> roster = district.rosters.get(baselineYear);
        Predicate<StudentMonth> highSchool = month -> roster.containsKey(month.studentId())
                && Integer.parseInt(roster.get(month.studentId()).grade().replace("K", "0")) >= 9;
        Predicate<StudentMonth> elementary = month -> roster.containsKey(month.studentId())
                && Integer.parseInt(roster.get(month.studentId()).grade().replace("K", "0")) <= 5;
        assertThat(measured.chronicShare(baseline.and(highSchool), id -> true))
                .isGreaterThan(measured.chronicShare(baseline.and(elementary), id -> true) + 0.05);

        Predicate<String> poor = id -> roster.containsKey(id) && roster.get(id).groups().get("Econ_Disadv").equals("Y");
        assertThat(measured.chronicShare(baseline, poor))
                .isGreaterThan(measured.chronicShare(baseline, poor.negate()) + 0.05);
    }

    @Test
    void gpasSpreadOverTheFourPointScale() {
        List<Double> gpas = new ArrayList<>(measured.gpas(mark -> mark.schoolYear().equals(baselineYear)).values());
        gpas.sort(null);
        double mean = gpas.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        assertThat(mean).isBetween(2.6, 3.2);
        assertThat(gpas.get(gpas.size() / 10)).isLessThan(2.2);
        assertThat(gpas.get(gpas.size() * 9 / 10)).isGreaterThan(3.5);
        assertThat(gpas.get(0)).isLessThan(1.0);
        assertThat(gpas.get(gpas.size() - 1)).isGreaterThan(3.9);
    }

    @Test
    void participantsChangeInAttendanceRateLessComparisonStudentsChangeIsThePlantedEffect() {
        List<Double> negatives = new ArrayList<>();
        for (JsonNode partnership : truth.get("partnerships")) {
            double planted = partnership.get("attendance_effect_points").asDouble();
            Predicate<StudentMonth> since = Comparisons.between(
                    YearMonth.parse(partnership.get("start").asString().substring(0, 7)), through);
            Change participants = measured.attendanceChange(participants(partnership), baseline, since);
            Change comparison = measured.attendanceChange(measured.comparison(schools(partnership), since), baseline,
                    since);
            double difference = participants.mean() - comparison.mean();

            assertThat(participants.n()).as(id(partnership)).isGreaterThanOrEqualTo(25);
            assertThat(difference).as("%s, planted %+.1f points", id(partnership), planted)
                    .isCloseTo(planted, within(ATTENDANCE_TOLERANCE));
            if (planted < 0) {
                negatives.add(difference);
            }
        }
        assertThat(negatives).isNotEmpty().allSatisfy(difference -> assertThat(difference).isNegative());
    }

    @Test
    void participantsChangeInGpaLessComparisonStudentsChangeIsThePlantedEffect() {
        for (JsonNode partnership : truth.get("partnerships")) {
            double planted = partnership.get("gpa_effect_points").asDouble();
            Predicate<StudentMonth> since = Comparisons.between(
                    YearMonth.parse(partnership.get("start").asString().substring(0, 7)), through);
            Change participants = measured.gpaChange(participants(partnership), baselineYear, currentYear);
            Change comparison = measured.gpaChange(measured.comparison(schools(partnership), since), baselineYear,
                    currentYear);

            assertThat(participants.mean() - comparison.mean()).as("%s, planted %+.2f", id(partnership), planted)
                    .isCloseTo(planted, within(GPA_TOLERANCE));
        }
    }

    @Test
    void partnershipsTakeOnStudentsWhoMissedMoreSchoolInTheBaselineYear() {
        for (JsonNode partnership : truth.get("partnerships")) {
            Set<String> participants = participants(partnership);
            Set<String> comparison = measured.comparison(schools(partnership), current);

            assertThat(measured.absenceRate(participants, baseline)).as(id(partnership))
                    .isGreaterThan(1.3 * measured.absenceRate(comparison, baseline));
        }
    }

    @Test
    void theStudentsInPartnersFilesAreTheParticipantsTheTruthFileLists() {
        for (JsonNode partnership : truth.get("partnerships")) {
            Set<String> listed = new TreeSet<>();
            partnership.get("participant_list").forEach(p -> listed.add(p.get("student").asString()));

            assertThat(listed).as(id(partnership)).hasSize(partnership.get("participants").asInt())
                    .containsAll(participants(partnership));
            // A few taken on never make it to a session: a monthly event falls on a day they are away.
            assertThat(participants(partnership).size()).as(id(partnership))
                    .isGreaterThanOrEqualTo((int) (0.9 * listed.size()));
        }
    }

    @Test
    void everyPlantedRowIsWhereTheTruthFileSaysHoldsWhatItSaysAndIsTheOnlyBadRow() {
        Set<String> planted = new TreeSet<>();
        for (JsonNode row : truth.get("planted_rows")) {
            String file = row.get("file").asString();
            String sheet = row.get("sheet").isNull() ? null : row.get("sheet").asString();
            int number = row.get("row").asInt();
            String column = row.get("column").asString();
            Table table = GeneratedFiles.read(SampleData.DIR, file).stream()
                    .filter(t -> sheet == null || t.sheet().equals(sheet)).findFirst().orElseThrow();
            TableRow header = table.header(column);

            assertThat(table.row(number).cell(header.cells().indexOf(column))).as("%s row %d", file, number)
                    .isEqualTo(row.get("value").asString());
            planted.add(DistrictFiles.key(file, sheet, number));
        }
        assertThat(planted).hasSizeGreaterThanOrEqualTo(5);
        assertThat(district.rejected).isEqualTo(planted);
    }

    @Test
    void partnersMissAMonthNowAndThenAsTheTruthFileSays() {
        int missed = 0;
        for (JsonNode partnership : truth.get("partnerships")) {
            Set<YearMonth> notSent = new TreeSet<>();
            partnership.get("months_not_sent").forEach(m -> notSent.add(YearMonth.parse(m.asString())));
            Set<YearMonth> running = new TreeSet<>();
            for (YearMonth m = YearMonth.parse(partnership.get("start").asString().substring(0, 7));
                    !m.isAfter(through); m = m.plusMonths(1)) {
                if (m.getMonth() != Month.JULY) {
                    running.add(m);
                }
            }
            Set<YearMonth> sent = district.partnerMonths.getOrDefault(id(partnership), Set.of());
            Set<YearMonth> expected = new TreeSet<>(running);
            expected.removeAll(notSent);

            assertThat(sent).as(id(partnership)).isEqualTo(expected);
            missed += notSent.size();
        }
        assertThat(missed).isPositive();
    }

    private static double rate(YearMonth month) {
        return measured.attendanceRate(m -> m.month().equals(month));
    }

    private static String id(JsonNode partnership) {
        return partnership.get("id").asString();
    }

    private static Set<String> participants(JsonNode partnership) {
        return district.participants.getOrDefault(id(partnership), Set.of());
    }

    private static Set<String> schools(JsonNode partnership) {
        Set<String> schools = new TreeSet<>();
        partnership.get("schools").forEach(school -> schools.add(school.asString()));
        return schools;
    }
}
