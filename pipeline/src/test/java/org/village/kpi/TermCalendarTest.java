package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermCalendarTest {

    private final TermCalendar calendar = new TermCalendar(Map.of("Q1", "10-31", "Q3", "03-31"), 7);

    @Test
    void placesATermInTheCalendarYearOfItsSchoolYearThatHoldsItsLastDay() {
        assertThat(calendar.end("Q1", null, "2026-27")).contains(LocalDate.of(2026, 10, 31));
        assertThat(calendar.end("Q3", null, "2026-27")).contains(LocalDate.of(2027, 3, 31));
    }

    @Test
    void readsALabelWithoutItsCaseOrTheSchoolYearWrittenIntoIt() {
        assertThat(calendar.end("q1 2025-26", null, "2025-26")).contains(LocalDate.of(2025, 10, 31));
        assertThat(calendar.end(" Q3 2025/2026", null, "2025-26")).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void theDayTheMarkWasStoredOverridesTheCalendar() {
        assertThat(calendar.end("Q1", LocalDate.of(2026, 10, 20), "2026-27")).contains(LocalDate.of(2026, 10, 20));
        assertThat(calendar.end("Summer", LocalDate.of(2027, 7, 31), null)).contains(LocalDate.of(2027, 7, 31));
    }

    @Test
    void aTermNeitherTheMarkNorTheCalendarDatesHasNoEnd() {
        assertThat(calendar.end("Summer", null, "2026-27")).isEmpty();
        assertThat(calendar.end("Q1", null, null)).isEmpty();
    }

    @Test
    void aDayNotWrittenAsMonthAndDayNamesTheSettingAndTheTerm() {
        assertThatThrownBy(() -> new TermCalendar(Map.of("S1", "January 31"), 7))
                .hasMessageContaining("village.kpi.term-ends.S1 is 'January 31'")
                .hasMessageContaining("MM-DD, for example 10-31");
    }

    @Test
    void unsetTheUsualUsTermsApply() {
        KpiProperties defaults = new KpiProperties(7, null, 10, 10, true, true, null, "", null);
        TermCalendar us = new TermCalendar(defaults.termEnds(), 7);

        assertThat(us.end("S1", null, "2026-27")).contains(LocalDate.of(2027, 1, 31));
        assertThat(us.end("Q4", null, "2026-27")).contains(LocalDate.of(2027, 6, 30));
    }
}
