package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One logical table, saved the ways schools send it, must read back as the same rows through {@link Spreadsheets}:
 * the same row numbers and the same cell texts, dates compared as the date they mean (workbooks store serial
 * numbers, CSV files text).
 */
class SpreadsheetContractTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DATE_COLUMN = 2;
    private static final int HEADER_ROW = 3;

    @TempDir
    Path dir;

    /**
     * A title, a blank row, a header, then students with leading-zero ids, accented names, a date, a decimal, an
     * empty cell in the middle, and (last, so CSV line numbers stay equal to row numbers) a value holding the
     * delimiters, a quote and a line break.
     */
    static List<List<Object>> table(String thirdName) {
        return List.of(
                List.of("Riverbend High — monthly summary"),
                List.of(),
                List.of("Local ID", "Name", "Entry Date", "GPA", "Note"),
                Arrays.asList("004512", "José", LocalDate.of(2026, 10, 5), 3.75, "first day"),
                Arrays.asList("000123", "Zoë", LocalDate.of(2026, 9, 1), null, "late"),
                Arrays.asList("010007", thirdName, LocalDate.of(2025, 12, 31), 2.5, "moved, said \"bye\";\tsee\nnotes"));
    }

    interface Fixture {
        Path write(Path dir, List<List<Object>> table) throws IOException;
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(".xls", "Nguyễn", (Fixture) (dir, table) -> TestWorkbooks.workbook()
                        .sheet("Attendance", table).writeTo(dir.resolve("attendance.xls"))),
                Arguments.of(".xlsx renamed .xls", "Nguyễn", (Fixture) (dir, table) -> Files.move(
                        TestWorkbooks.workbook().sheet("Attendance", table).writeTo(dir.resolve("renamed.xlsx")),
                        dir.resolve("renamed.xls"))),
                Arguments.of("CSV UTF-8, comma, LF", "Nguyễn", (Fixture) (dir, table) -> new Csv(',', "\n",
                        StandardCharsets.UTF_8, ISO).write(table, dir.resolve("utf8.csv"))),
                Arguments.of("CSV UTF-8 with BOM, comma, CRLF, padded like Excel", "Nguyễn", (Fixture) (dir,
                        table) -> new Csv(',', "\r\n", StandardCharsets.UTF_8, US).bom().padded()
                                .write(table, dir.resolve("excel-utf8.csv"))),
                Arguments.of("CSV Windows-1252, comma, CRLF, padded like Excel", "Chloé", (Fixture) (dir,
                        table) -> new Csv(',', "\r\n", WINDOWS_1252, US).padded()
                                .write(table, dir.resolve("excel-ansi.csv"))),
                Arguments.of("CSV UTF-8, semicolon, CRLF", "Nguyễn", (Fixture) (dir, table) -> new Csv(';',
                        "\r\n", StandardCharsets.UTF_8, ISO).write(table, dir.resolve("semicolon.csv"))),
                Arguments.of("CSV UTF-8, tab, LF", "Nguyễn", (Fixture) (dir, table) -> new Csv('\t', "\n",
                        StandardCharsets.UTF_8, ISO).write(table, dir.resolve("tab.csv"))),
                Arguments.of("CSV UTF-8, comma, CR", "Nguyễn", (Fixture) (dir, table) -> new Csv(',', "\r",
                        StandardCharsets.UTF_8, ISO).write(table, dir.resolve("old-mac.csv"))),
                Arguments.of("CSV from a web export, saved as .xls", "Nguyễn", (Fixture) (dir, table) -> new Csv(
                        ',', "\r\n", StandardCharsets.UTF_8, ISO).write(table, dir.resolve("export.xls"))));
    }

    @Test
    void theReferenceWorkbookReadsAsTyped() throws IOException {
        Path file = TestWorkbooks.workbook().sheet("Attendance", table("Nguyễn")).writeTo(dir.resolve("a.xlsx"));

        List<SheetRow> rows = rows(file);

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4, 5, 6);
        assertThat(rows.get(2).cells()).containsExactly("004512", "José", "46300", "3.75", "first day");
        assertThat(rows.get(3).cells()).containsExactly("000123", "Zoë", "46266", "", "late");
        assertThat(rows.get(4).cell(1)).isEqualTo("Nguyễn");
        assertThat(new CellValues(false).date("46300", false)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsTheSameRowsAsTheWorkbook(String format, String thirdName, Fixture fixture) throws IOException {
        Path reference = TestWorkbooks.workbook().sheet("Attendance", table(thirdName))
                .writeTo(dir.resolve("reference.xlsx"));
        Path file = fixture.write(dir, table(thirdName));

        assertThat(comparable(rows(file), isDate1904(file)))
                .isEqualTo(comparable(rows(reference), false))
                .hasSize(5);
    }

    private static List<SheetRow> rows(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (Spreadsheet spreadsheet = Spreadsheets.open(file); SheetCursor cursor = spreadsheet.openSheet(0)) {
            assertThat(spreadsheet.sheetNames()).hasSize(1);
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean isDate1904(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            return spreadsheet.date1904();
        }
    }

    /** Row number and cells, without the empty cells a CSV keeps at the end of a row, dates as the date meant. */
    private static List<String> comparable(List<SheetRow> rows, boolean date1904) {
        CellValues values = new CellValues(false);
        return rows.stream().map(row -> {
            List<String> cells = new ArrayList<>(Arrays.asList(row.cells()));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (row.rowNumber() > HEADER_ROW) {
                cells.set(DATE_COLUMN, String.valueOf(values.date(cells.get(DATE_COLUMN), date1904)));
            }
            return row.rowNumber() + " " + String.join(" | ", cells);
        }).toList();
    }

    /** Writes a table as CSV the way Excel and school systems do: quotes only where a value needs them. */
    static final class Csv {

        private final char delimiter;
        private final String lineEnd;
        private final Charset charset;
        private final DateTimeFormatter dates;
        private boolean bom;
        private boolean padded;

        Csv(char delimiter, String lineEnd, Charset charset, DateTimeFormatter dates) {
            this.delimiter = delimiter;
            this.lineEnd = lineEnd;
            this.charset = charset;
            this.dates = dates;
        }

        /** Starts the file with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does. */
        Csv bom() {
            this.bom = true;
            return this;
        }

        /** Pads every row to the widest, as Excel does for the used range. */
        Csv padded() {
            this.padded = true;
            return this;
        }

        Path write(List<List<Object>> table, Path file) throws IOException {
            int width = table.stream().mapToInt(List::size).max().orElse(0);
            StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
            for (List<Object> row : table) {
                List<String> fields = row.stream().map(this::text).collect(Collectors.toCollection(ArrayList::new));
                while (padded && fields.size() < width) {
                    fields.add("");
                }
                text.append(String.join(String.valueOf(delimiter), fields)).append(lineEnd);
            }
            Files.writeString(file, text, charset);
            return file;
        }

        private String text(Object value) {
            String text = value == null ? ""
                    : value instanceof LocalDate date ? dates.format(date)
                    : value instanceof Double number ? BigDecimal.valueOf(number).toPlainString()
                    : value.toString();
            boolean quote = text.indexOf(delimiter) >= 0 || text.contains("\"") || text.contains("\n")
                    || text.contains("\r");
            return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }
}
