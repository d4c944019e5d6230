package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxMonthsTest {

    private final InboxMonths inboxMonths = new InboxMonths(IngestProperties.defaults());

    @TempDir
    Path inbox;

    private static List<Object> attendance(String student, LocalDate start, LocalDate end) {
        return List.of(student, start, end, 20, 19);
    }

    @Test
    void listsMonthsWithAttendanceUpToTheLastCompleteOne() throws IOException {
        TestWorkbooks.workbook().sheet("A", List.of(
                List.of("Student ID", "Period Start", "Period End", "Days Enrolled", "Days Present"),
                attendance("1", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                attendance("1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)),
                attendance("1", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)),
                attendance("1", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18))))
                .sheet("Notes", List.of(List.of("Sent by the attendance office")))
                .writeTo(inbox.resolve("a.xlsx"));

        assertThat(inboxMonths.completeMonths(inbox))
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 8));
    }

    @Test
    void findsTheSampleDistrictsMonths() {
        List<YearMonth> months = inboxMonths.completeMonths(Path.of("../sample-data"));

        assertThat(months).hasSize(14).startsWith(YearMonth.of(2025, 8)).endsWith(YearMonth.of(2026, 10))
                .doesNotContain(YearMonth.of(2026, 7));
    }

    @Test
    void readsEachSheetsDatesInTheOrderItsOwnDatesSettle() throws IOException {
        TestWorkbooks.workbook().sheet("Attendance", List.of(
                List.of("Student ID", "Date", "Code"),
                List.of("1", "09/10/2026", "P"),
                List.of("1", "30/10/2026", "P"),
                List.of("1", "31/10/2026", "A")))
                .writeTo(inbox.resolve("day-first.xlsx"));

        assertThat(inboxMonths.completeMonths(inbox))
                .as("a day-first sheet in a month-first district: October, not September")
                .containsExactly(YearMonth.of(2026, 10));
    }
}
