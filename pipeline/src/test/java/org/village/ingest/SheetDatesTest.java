package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sheet's dates say, read from real CSV files as a partner or school writes them: the order of its slashed
 * dates, the period it is for, and when it is held back instead.
 */
class SheetDatesTest {

    private static final String PARTICIPATION = "Partnership ID,Student ID,Session Date,Hours\n";
    private static final String SUMMARY = "Student ID,Period Start,Period End,Days Enrolled,Days Present\n";

    @TempDir
    Path inbox;

    private SheetDates.Reading read(String fileName, String csv, Locale districtLocale) throws IOException {
        return read(fileName, csv, districtLocale, false);
    }

    private SheetDates.Reading read(String fileName, String csv, Locale districtLocale, boolean orderAnswered)
            throws IOException {
        Path file = inbox.resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        IngestProperties properties = new IngestProperties(districtLocale, 1000, 0, null, null, null, null, null);
        try (Spreadsheet workbook = Spreadsheets.open(file); SheetCursor cursor = workbook.openSheet(0)) {
            HeaderMapping.Search search = HeaderMapping.find(cursor, properties.dictionary(),
                    properties.columnEvidence(), false);
            return new SheetDates(districtLocale, properties.dayBeforeMonth()).read(search.header().orElseThrow(),
                    new ReplayingSheetCursor(search.sampled(), cursor), fileName, false, orderAnswered);
        }
    }

    private static String sessions(String... dates) {
        StringBuilder csv = new StringBuilder(PARTICIPATION);
        for (int i = 0; i < dates.length; i++) {
            csv.append("P-001,00100").append(i % 10).append(',').append(dates[i]).append(",1.5\n");
        }
        return csv.toString();
    }

    @Test
    void aDateWithADayAbove12SettlesTheSheetAsDayFirstWhateverTheDistrictsOrder() throws IOException {
        String[] dates = new String[150];
        java.util.Arrays.fill(dates, "09/10/2026");
        dates[149] = "21/10/2026";

        SheetDates.Reading reading = read("partners/P-001-2026-10.csv", sessions(dates), Locale.US);

        assertThat(reading.problem()).isNull();
        assertThat(reading.dayBeforeMonth()).isTrue();
        assertThat(reading.period()).hasToString("2026-10");
    }

    @Test
    void aMonthAbove12SettlesItAsMonthFirstInADayFirstDistrict() throws IOException {
        SheetDates.Reading reading = read("P-001-sessions.csv", sessions("10/09/2026", "10/21/2026"), Locale.UK);

        assertThat(reading.problem()).isNull();
        assertThat(reading.dayBeforeMonth()).isFalse();
        assertThat(reading.period()).hasToString("2026-10");
    }

    /**
     * The same sheet once the district has answered the hold by changing its order (here to day first): it is read
     * in that order, for October. The mixed-order hold stays: an answer about the order cannot mend that.
     */
    @Test
    void readsAHeldSheetInTheDistrictsOrderOnceTheDistrictHasChangedItsOrder() throws IOException {
        SheetDates.Reading reading = read("P-001-sessions.csv", sessions("09/10/2026", "09/10/2026", "02/10/2026"),
                Locale.UK, true);
        SheetDates.Reading mixed = read("P-001-mixed.csv", sessions("09/10/2026", "21/10/2026", "10/21/2026"),
                Locale.UK, true);

        assertThat(reading.problem()).isNull();
        assertThat(reading.dayBeforeMonth()).isTrue();
        assertThat(reading.period()).hasToString("2026-10");
        assertThat(mixed.problem()).startsWith("was held back: its dates are written both day first");
    }

    @Test
    void holdsBackASheetWhoseMonthDependsOnAnOrderItsDatesLeaveOpen() throws IOException {
        SheetDates.Reading reading = read("partners/P-001-2026-10.csv", sessions("09/10/2026", "09/10/2026",
                "02/10/2026"), Locale.US);

        assertThat(reading.problem()).startsWith("was held back: its dates (such as 09/10/2026, row 2) could be day "
                + "first or month first").contains("September 2026 read month first as village.ingest.date-locale "
                + "(en-US) says, October 2026 read day first", "its name says October 2026");
    }

    /** School's last week, 1–5 June: no day above 12, but the name says June, which only month first gives. */
    @Test
    void aMonthInTheNameConfirmsTheDistrictsOrderButNeverOverturnsIt() throws IOException {
        StringBuilder june = new StringBuilder("Student ID,School ID,Attendance Date,Attendance Code\n");
        for (int day = 1; day <= 5; day++) {
            june.append("001001,0103,6/").append(day).append("/2026,P\n");
        }

        SheetDates.Reading usDistrict = read("attendance/2026-06/0103-daily-attendance-2026-06.csv", june.toString(),
                Locale.US);
        SheetDates.Reading ukDistrict = read("attendance/2026-06/0103-daily-attendance-2026-06.csv", june.toString(),
                Locale.UK);

        assertThat(usDistrict.problem()).isNull();
        assertThat(usDistrict.period()).hasToString("2026-06");
        assertThat(ukDistrict.problem()).contains("January 2026 to May 2026 read day first as "
                + "village.ingest.date-locale (en-GB) says, June 2026 read month first", "its name says June 2026");
    }

    @Test
    void readsAnOpenOrderTheDistrictsWayWhenBothReadingsGiveTheSameMonth() throws IOException {
        SheetDates.Reading reading = read("P-001-sessions.csv", sessions("2026-10-05", "2026-10-06", "2026-10-07",
                "03/04/2026"), Locale.US);

        assertThat(reading.problem()).isNull();
        assertThat(reading.dayBeforeMonth()).isFalse();
        assertThat(reading.period()).hasToString("2026-10");
    }

    @Test
    void holdsBackASheetWithDatesWrittenBothWays() throws IOException {
        SheetDates.Reading reading = read("P-001-sessions.csv", sessions("21/10/2026", "10/22/2026"), Locale.US);

        assertThat(reading.problem()).isEqualTo("was held back: its dates are written both day first (21/10/2026, "
                + "row 2) and month first (10/22/2026, row 3), so none of them can be trusted; write them all one "
                + "way, best as 2026-10-21, and send it again");
    }

    @Test
    void theMonthMostDatesAreInIsThePeriodAndAStrayDateDoesNotWidenIt() throws IOException {
        String[] dates = new String[21];
        java.util.Arrays.fill(dates, "2026-10-07");
        dates[20] = "2030-01-07";

        assertThat(read("attendance/0101-2026-10-resent.csv", sessions(dates), Locale.US).period())
                .hasToString("2026-10");
        assertThat(read("sessions.csv", sessions("2026-09-09", "2026-10-07", "2026-11-04"), Locale.US).period())
                .as("no month holds a majority: the sheet's period is the span of its rows, as loaded").isNull();
    }

    @Test
    void holdsBackASheetWhoseNameSaysAnotherMonthThanItsDates() throws IOException {
        SheetDates.Reading reading = read("attendance/2026-10/0101-2026-10.csv", SUMMARY
                + "001001,2026-09-01,2026-09-30,22,22\n001002,2026-09-01,2026-09-30,22,21\n", Locale.US);

        assertThat(reading.problem()).isEqualTo("was held back: its name says October 2026 but 2 of its 2 rows are "
                + "dated September 2026; rename the file or correct its dates, and send it again");
    }

    @Test
    void aSummaryOfTheYearIsForTheMonthsItCovers() throws IOException {
        SheetDates.Reading reading = read("attendance/0101-2026-06.csv", SUMMARY
                + "001001,2025-09-01,2026-06-30,180,170\n001002,2025-09-01,2026-06-30,180,175\n", Locale.US);

        assertThat(reading.problem()).isNull();
        assertThat(reading.period()).hasToString("2025-09..2026-06");
    }

    @Test
    void findsTheMonthInTheFilesNameElseItsFolderButNotASchoolYear() {
        assertThat(SheetDates.monthInName("attendance/2026-10/0101-daily-attendance-2026-10.xlsx"))
                .isEqualTo(YearMonth.of(2026, 10));
        assertThat(SheetDates.monthInName("attendance/2026-09/0101-2026-10.xlsx")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(SheetDates.monthInName("partners/2026_10/P-001.csv")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(SheetDates.monthInName("grades/2025-26/0101-grades-2025-26-Q1.xlsx")).isNull();
        assertThat(SheetDates.monthInName("attendance/0101-2011-12.xlsx")).isNull();
        assertThat(SheetDates.monthInName("attendance/0101-2026-09-to-2026-10.xlsx")).isNull();
    }

    @Test
    void tellsTheOrderASlashedDateMustBeInFromItsOwnNumbers() {
        assertThat(List.of("21/10/2026", "10/21/2026", "09/10/2026", "10/10/2026", "2026-10-09", "1.5", "21.10.2026"))
                .map(CellValues::order).containsExactly(CellValues.Order.DAY_FIRST, CellValues.Order.MONTH_FIRST,
                        CellValues.Order.EITHER, null, null, null, CellValues.Order.DAY_FIRST);
        assertThat(Map.of("d", new CellValues(false).date("09/10/2026", false, true))).containsEntry("d",
                java.time.LocalDate.of(2026, 10, 9));
    }
}
