package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Attacks two consecutive published months of the sample district, and of a generated district of 30 small schools,
 * as a reader holding both months' figures workbooks would: every figure the workbook prints, with its number of
 * students, and every figure it withholds. By subtraction the reader works out
 * <ul>
 * <li>within a table: a total minus its printed members (a school's grades, races, genders; the schools under the
 * district, for each subgroup; a partnership's participants at each of its schools under its students served): one
 * withheld member, the withheld members together, or what the members leave out (students with no grade on the
 * roster); a programme flag's complement (all students minus the flag). The partnerships' students served are no
 * table under the district's: a student may take part in several, so the difference counts no group;</li>
 * <li>across months: a group's figure for the year to date is last month's year to date and this month together, so
 * where last month's year to date is printed and only one of this month's two figures is, the other follows.</li>
 * </ul>
 * A figure worked out becomes known and is used again, until nothing more follows. No group worked out may hold 1 to
 * minimum−1 students; the database says how many students a withheld figure rests on.
 */
class DisclosureAttackTest {

    private static final int MINIMUM_GROUP_SIZE = 10;

    /** A figure as the workbook identifies it, without its month. */
    private record Cell3(String period, String scope, String scopeId, String subgroup, String kpi) {
    }

    /** What the reader finds out: each figure's number of students where printed or worked out. */
    private static final class Reader {
        final Map<YearMonth, Map<Cell3, Integer>> known = new LinkedHashMap<>();
        final Map<YearMonth, Map<Cell3, Integer>> truth = new LinkedHashMap<>();
        final Set<String> disclosed = new LinkedHashSet<>();

        boolean learn(YearMonth month, Cell3 cell, String how) {
            if (known.get(month).containsKey(cell)) {
                return false;
            }
            int n = truth.get(month).get(cell);
            known.get(month).put(cell, n);
            if (small(n)) {
                disclosed.add(month + " " + cell + " (" + n + " students): " + how);
            }
            return true;
        }
    }

    @Test
    void noGroupOfFewerThanTheMinimumCanBeWorkedOutFromTwoMonthsOfTheSampleDistrict() throws Exception {
        attack(PublishedMonths.sample());
    }

    /** Thirty schools of about 80 students: many small groups, and many small siblings beside printed totals. */
    @Test
    void noGroupOfFewerThanTheMinimumCanBeWorkedOutFromTwoMonthsOfAThirtySchoolDistrict() throws Exception {
        attack(PublishedMonths.thirtySchools());
    }

    private static void attack(PublishedMonths.Published sample) throws Exception {
        Reader reader = new Reader();
        for (YearMonth month : sample.months()) {
            reader.known.put(month, printed(sample, month));
            reader.truth.put(month, stored(sample, month));
            assertThat(reader.truth.get(month)).as("the stored figures of %s", month)
                    .containsAllEntriesOf(reader.known.get(month));
        }

        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (YearMonth month : sample.months()) {
                learnt |= acrossMonths(reader, month);
                learnt |= withinTables(reader, month);
            }
        }

        assertThat(reader.disclosed).as("groups of 1 to %d students worked out", MINIMUM_GROUP_SIZE - 1).isEmpty();
    }

    /** Year to date = last month's year to date and this month: one of the three follows from the other two. */
    private static boolean acrossMonths(Reader reader, YearMonth month) {
        Map<Cell3, Integer> before = reader.known.get(month.minusMonths(1));
        if (before == null) {
            return false;
        }
        Map<Cell3, Integer> now = reader.known.get(month);
        boolean learnt = false;
        for (Cell3 ytd : new ArrayList<>(reader.truth.get(month).keySet())) {
            if (!"YEAR_TO_DATE".equals(ytd.period()) || !before.containsKey(ytd)) {
                continue;
            }
            Cell3 monthly = new Cell3("MONTH", ytd.scope(), ytd.scopeId(), ytd.subgroup(), ytd.kpi());
            if (!reader.truth.get(month).containsKey(monthly)) {
                continue;
            }
            if (now.containsKey(ytd) && !now.containsKey(monthly)) {
                learnt |= reader.learn(month, monthly, "this year to date minus last month's");
            }
            else if (now.containsKey(monthly) && !now.containsKey(ytd)) {
                learnt |= reader.learn(month, ytd, "last month's year to date plus this month");
            }
        }
        return learnt;
    }

    private static boolean withinTables(Reader reader, YearMonth month) {
        Map<Cell3, Integer> truth = reader.truth.get(month);
        Map<Cell3, Integer> known = reader.known.get(month);
        boolean learnt = false;
        for (Family family : families(truth.keySet())) {
            Cell3 total = family.total();
            if (!known.containsKey(total)) {
                continue;
            }
            List<Cell3> hidden = family.members().stream()
                    .filter(member -> !known.containsKey(member) && truth.get(member) > 0).toList();
            int rest = known.get(total) - family.members().stream().filter(known::containsKey)
                    .mapToInt(known::get).sum();
            if (family.flag()) {
                // The flag's complement, all students minus those with the flag, where the flag is printed.
                if (hidden.isEmpty() && small(rest)) {
                    reader.disclosed.add(month + " " + rest + " students without " + family.members().get(0)
                            + ": " + total + " minus it");
                }
            }
            else if (hidden.size() == 1) {
                learnt |= reader.learn(month, hidden.get(0), "the total " + total + " minus the printed members");
            }
            else if (small(rest)) {
                reader.disclosed.add(month + " " + rest + " students: " + total + " minus the printed members"
                        + (hidden.isEmpty() ? ", none withheld" : ", withheld " + hidden));
            }
        }
        return learnt;
    }

    /** A total and the figures that add up to it; {@code flag}: one programme flag, whose complement is not printed. */
    private record Family(Cell3 total, List<Cell3> members, boolean flag) {
    }

    /**
     * Each total and the figures that add up to it, in one month: per window and KPI, the schools under the
     * district's figure of the same subgroup; a scope's values of one dimension (a partnership's schools among them),
     * or a flag alone, under its all-students figure.
     */
    private static List<Family> families(Iterable<Cell3> cells) {
        Map<String, Family> families = new LinkedHashMap<>();
        for (Cell3 cell : cells) {
            if ("SCHOOL".equals(cell.scope())) {
                Cell3 total = new Cell3(cell.period(), "DISTRICT", "district", cell.subgroup(), cell.kpi());
                families.computeIfAbsent("schools|" + total, k -> new Family(total, new ArrayList<>(), false))
                        .members().add(cell);
            }
            if (!"all".equals(cell.subgroup())) {
                int colon = cell.subgroup().indexOf(':');
                String dimension = colon < 0 ? cell.subgroup() : cell.subgroup().substring(0, colon);
                Cell3 total = new Cell3(cell.period(), cell.scope(), cell.scopeId(), "all", cell.kpi());
                families.computeIfAbsent(dimension + "|" + total,
                        k -> new Family(total, new ArrayList<>(), colon < 0))
                        .members().add(cell);
            }
        }
        return List.copyOf(families.values());
    }

    private static boolean small(int students) {
        return students > 0 && students < MINIMUM_GROUP_SIZE;
    }

    /** The figures the month's workbook prints, with the number of students it prints beside each. */
    private static Map<Cell3, Integer> printed(PublishedMonths.Published published, YearMonth month)
            throws IOException {
        Map<Cell3, Integer> printed = new HashMap<>();
        try (InputStream in = Files.newInputStream(published.workbook(month));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Figures");
            for (Row row : sheet) {
                Cell n = row.getCell(8);
                if (row.getRowNum() == 0 || n == null) {
                    continue;
                }
                String period = "month".equals(row.getCell(1).getStringCellValue()) ? "MONTH" : "YEAR_TO_DATE";
                printed.put(new Cell3(period, row.getCell(2).getStringCellValue().toUpperCase(Locale.ROOT),
                        row.getCell(3).getStringCellValue(), row.getCell(5).getStringCellValue(),
                        row.getCell(6).getStringCellValue()), (int) n.getNumericCellValue());
            }
        }
        assertThat(printed).as("figures printed in the workbook of %s", month).isNotEmpty();
        return printed;
    }

    /** Every figure of the month with the students it rests on, withheld or not. */
    private static Map<Cell3, Integer> stored(PublishedMonths.Published published, YearMonth month)
            throws SQLException {
        Map<Cell3, Integer> stored = new HashMap<>();
        try (Connection connection = published.database();
                PreparedStatement select = connection.prepareStatement("SELECT period_kind, scope, scope_id, "
                        + "subgroup, kpi, n FROM kpi_value WHERE report_month = ?")) {
            select.setString(1, month.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(new Cell3(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)), rs.getInt(6));
                }
            }
        }
        return stored;
    }

    @Test
    void theAttackFindsAGroupGivenAwayByTwoSmallSiblingsBesideAPrintedTotal() {
        // The reader's arithmetic on its own: 308 students, 150 + 154 printed, the other two withheld.
        Reader reader = new Reader();
        YearMonth month = YearMonth.of(2026, 10);
        Cell3 all = new Cell3("MONTH", "SCHOOL", "a", "all", "chronic_absenteeism");
        Cell3 asian = new Cell3("MONTH", "SCHOOL", "a", "race:Asian", "chronic_absenteeism");
        Cell3 black = new Cell3("MONTH", "SCHOOL", "a", "race:Black", "chronic_absenteeism");
        Cell3 white = new Cell3("MONTH", "SCHOOL", "a", "race:White", "chronic_absenteeism");
        Cell3 hispanic = new Cell3("MONTH", "SCHOOL", "a", "race:Hispanic or Latino", "chronic_absenteeism");
        reader.truth.put(month, Map.of(all, 308, asian, 3, black, 1, white, 150, hispanic, 154));
        reader.known.put(month, new HashMap<>(Map.of(all, 308, white, 150, hispanic, 154)));

        withinTables(reader, month);

        assertThat(reader.disclosed).hasSize(1).first().asString().startsWith("2026-10 4 students");
        assertThat(reader.known.get(month)).hasSize(3);
    }
}
