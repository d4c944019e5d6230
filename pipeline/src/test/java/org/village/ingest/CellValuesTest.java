package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
