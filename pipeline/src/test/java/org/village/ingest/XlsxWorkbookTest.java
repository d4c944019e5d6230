package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxWorkbookTest {

    /** Odd real-world spreadsheets from Apache POI's test corpus, described in shared/external-data/SOURCES.md. */
    private static final Path CORPUS = Path.of("../../shared/external-data/apache-poi-spreadsheet-corpus");

    @TempDir
    Path dir;

    private static List<SheetRow> rows(Path file, int sheet) {
        List<SheetRow> rows = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); SheetCursor cursor = workbook.openSheet(sheet)) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void assumeCorpus() {
        assumeTrue(Files.isDirectory(CORPUS), "shared/external-data is not beside this clone; corpus tests skipped");
    }

    @Test
    void streamsRowsWithTheirExcelRowNumbersSkippingBlankRows() throws IOException {
        Path file = TestWorkbooks.workbook().sheet("Attendance", List.of(
                List.of("Riverbend High — monthly summary"),
                List.of(),
                Arrays.asList("Local ID", "Period Start", null, "Days Present"),
                List.of("004512", LocalDate.of(2026, 10, 1), "x", 18))).writeTo(dir.resolve("a.xlsx"));

        List<SheetRow> rows = rows(file, 0);

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4);
        assertThat(rows.get(1).cell(2)).isEmpty();
        assertThat(rows.get(2).cells()).containsExactly("004512", "46296", "x", "18");
    }

    @Test
    void listsEverySheetAndReadsEachOnItsOwn() throws IOException {
        Path file = TestWorkbooks.workbook()
                .sheet("Schools", List.of(List.of("School ID", "School Name"), List.of("0101", "École José Martí")))
                .sheet("Roster", List.of(List.of("Student ID"), List.of("000123"), List.of("000124")))
                .writeTo(dir.resolve("district.xlsx"));

        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            assertThat(workbook.sheetNames()).containsExactly("Schools", "Roster");
            assertThat(workbook.date1904()).isFalse();
        }
        assertThat(rows(file, 0).get(1).cell(1)).isEqualTo("École José Martí");
        assertThat(rows(file, 1)).hasSize(3);
    }

    @Test
    void knowsAWorkbookThatCountsDatesFrom1904() throws IOException {
        Path file = TestWorkbooks.workbook().date1904()
                .sheet("S", List.of(List.of(LocalDate.of(2026, 10, 5)))).writeTo(dir.resolve("mac.xlsx"));

        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            assertThat(workbook.date1904()).isTrue();
            String serial = rows(file, 0).get(0).cell(0);
            assertThat(new CellValues(false).date(serial, workbook.date1904())).isEqualTo(LocalDate.of(2026, 10, 5));
        }
    }

    @Test
    void readsInlineStringsAndRowsWithoutReferences() {
        assumeCorpus();
        assertThat(rows(CORPUS.resolve("InlineStrings.xlsx"), 0)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.cells()).isNotEmpty());
        assertThat(rows(CORPUS.resolve("59746_NoRowNums.xlsx"), 0)).hasSize(71);
    }

    @Test
    void readsAWorkbookWithoutASharedStringTable() {
        assumeCorpus();
        assertThat(rows(CORPUS.resolve("noSharedStringTable.xlsx"), 0)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "poc-xmlbomb.xlsx", "poc-xmlbomb-empty.xlsx", "invalid.xlsx", "protected_passtika.xlsx",
            "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx", "sample.xlsb", "SampleSS.ods",
            "xlsx-corrupted.xlsx", "duplicate-filename.xlsx" })
    void reportsAFileItCannotUseInWordsNotAStackTrace(String name) {
        assumeCorpus();
        Path file = CORPUS.resolve(name);

        assertThatThrownBy(() -> {
            try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
                for (int sheet = 0; sheet < workbook.sheetNames().size(); sheet++) {
                    rows(file, sheet);
                }
            }
        }).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageContaining("Excel")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "\tat "));
    }
}
