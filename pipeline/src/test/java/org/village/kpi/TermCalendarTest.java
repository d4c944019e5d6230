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
        assertThat(calendar.end("Q1", null, null, "2026-27")).contains(LocalDate.of(2026, 10, 31));
        assertThat(calendar.end("Q3", null, null, "2026-27")).contains(LocalDate.of(2027, 3, 31));
    }

    @Test
    void readsALabelWithoutItsCaseOrTheSchoolYearWrittenIntoIt() {
        assertThat(calendar.end("q1 2025-26", null, null, "2025-26")).contains(LocalDate.of(2025, 10, 31));
        assertThat(calendar.end(" Q3 2025/2026", null, null, "2025-26")).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void theDayTheMarkWasStoredOverridesTheCalendar() {
        assertThat(calendar.end("Q1", null, LocalDate.of(2026, 10, 20), "2026-27"))
                .contains(LocalDate.of(2026, 10, 20));
        assertThat(calendar.end("Summer", null, LocalDate.of(2027, 7, 31), null)).contains(LocalDate.of(2027, 7, 31));
    }

    @Test
    void aTermNeitherTheMarkNorTheCalendarDatesHasNoEnd() {
        assertThat(calendar.end("Summer", null, null, "2026-27")).isEmpty();
        assertThat(calendar.end("Q1", null, null, null)).isEmpty();
    }

    @Test
    void aTermsRealLastDaySentOverridesTheCalendarTheSchoolsOwnFirst() {
        TermCalendar sent = new TermCalendar(Map.of("Q1", "10-31"), 7);
        sent.sent("2025-26", null, "Q1", LocalDate.of(2025, 11, 7));
        sent.sent("2025-26", "0801", "Q1", LocalDate.of(2025, 10, 24));

        assertThat(sent.end("q1 2025-26", "0101", null, "2025-26")).contains(LocalDate.of(2025, 11, 7));
        assertThat(sent.end("Q1", "0801", null, "2025-26")).contains(LocalDate.of(2025, 10, 24));
        assertThat(sent.end("Q1", "0101", null, "2026-27")).as("another year: the calendar")
                .contains(LocalDate.of(2026, 10, 31));
        assertThat(sent.end("Q1", "0101", LocalDate.of(2025, 11, 3), "2025-26")).as("the day stored first")
                .contains(LocalDate.of(2025, 11, 3));
    }

    @Test
    void ofTwoDaysSentForOneTermTheLaterCounts() {
        TermCalendar sent = new TermCalendar(Map.of(), 7);
        sent.sent("2025-26", "0101", "S1", LocalDate.of(2026, 1, 23));
        sent.sent("2025-26", "0101", "S1", LocalDate.of(2026, 1, 16));

        assertThat(sent.end("S1", "0101", null, "2025-26")).contains(LocalDate.of(2026, 1, 23));
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

        assertThat(us.end("S1", null, null, "2026-27")).contains(LocalDate.of(2027, 1, 31));
        assertThat(us.end("Q4", null, null, "2026-27")).contains(LocalDate.of(2027, 6, 30));
    }
}
