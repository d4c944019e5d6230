package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    private final CellValues us = new CellValues(false);
    private final CellValues european = new CellValues(true);

    @ParameterizedTest
    @CsvSource({
            "2026-10-05, 2026-10-05",
            "2026-10-5, 2026-10-05",
            "10/05/2026, 2026-10-05",
            "10/5/26, 2026-10-05",
            "46300, 2026-10-05",
            "46300.0, 2026-10-05",
            "2026-10-05T00:00:00, 2026-10-05"
    })
    void readsTheDateFormsTheBriefLists(String raw, LocalDate expected) {
        assertThat(us.date(raw, false)).isEqualTo(expected);
    }

    @Test
    void readsSerialsInThe1904DateSystem() {
        assertThat(us.date("44838", true)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(us.date("44838", false)).isEqualTo(LocalDate.of(2022, 10, 4));
    }

    @Test
    void readsEveryWholeSerialOfThePlausibleYearsAsPoiDoes() {
        for (int serial = 32_000; serial <= 75_000; serial++) {
            for (boolean date1904 : new boolean[] { false, true }) {
                LocalDate poi = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                boolean plausible = poi.getYear() >= 1990 && poi.getYear() <= 2100;
                assertThat(us.date(Integer.toString(serial), date1904)).isEqualTo(plausible ? poi : null);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "2026-1-5, 2026-01-05", "2026-01-05, 2026-01-05", "2024-02-29, 2024-02-29", " 2026-12-31 , 2026-12-31" })
    void readsIsoDatesWithOrWithoutLeadingZeros(String raw, LocalDate expected) {
        assertThat(us.date(raw, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-", "2026--5", "20261005" })
    void refusesIsoLookalikesThatAreNoDate(String raw) {
        assertThat(us.date(raw, false)).isNull();
    }

    @Test
    void readsAmbiguousSlashedDatesInTheDistrictsOrder() {
        assertThat(us.date("03/04/2026", false)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(european.date("03/04/2026", false)).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @ParameterizedTest
    @CsvSource({ "next Tuesday", "13/40/2026", "2026-02-30", "12", "1.5" })
    void refusesWhatIsNotAPlausibleDate(String raw) {
        assertThat(us.date(raw, false)).isNull();
    }

    @Test
    void keepsIdentifiersAsSentButDropsExcelsFloatTail() {
        assertThat(CellValues.identifier(" 004512 ")).isEqualTo("004512");
        assertThat(CellValues.identifier("4512.0")).isEqualTo("4512");
        assertThat(CellValues.identifier("A-17.0")).isEqualTo("A-17.0");
    }

    @Test
    void readsNumbersWrittenAsText() {
        assertThat(CellValues.number(" 1,024 ")).isEqualByComparingTo("1024");
        assertThat(CellValues.number("twenty")).isNull();
    }
}
