package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void quotesFieldsThatHoldTheDelimiterAQuoteOrALineBreakAndCountsLinesAsAnEditorDoes() throws IOException {
        Path file = dir.resolve("a.csv");
        int[] rows = new int[3];
        try (CsvFile csv = new CsvFile(file, CsvDialect.UTF8_LF)) {
            SheetRows out = csv.sheet(null);
            out.row().text("id").text("story");
            out.row().text("1").text("He said \"hi\", then left.\nThe end.");
            rows[0] = out.lastRowNumber();
            out.row().text("2").decimal(1.50).date(LocalDate.of(2026, 10, 5), DateStyle.US_SHORT);
            rows[1] = out.lastRowNumber();
            out.row().blank(2);
            rows[2] = out.lastRowNumber();
        }

        assertThat(Files.readString(file)).isEqualTo(
                "id,story\n1,\"He said \"\"hi\"\", then left.\nThe end.\"\n2,1.5,10/5/26\n,\n");
        assertThat(rows).containsExactly(2, 4, 5);
    }

    @Test
    void writesWindows1252WithTheAccentsItHasAndDropsTheOnesItLacks() throws IOException {
        Path file = dir.resolve("b.csv");
        try (CsvFile csv = new CsvFile(file, CsvDialect.WINDOWS_1252_SEMICOLON)) {
            csv.sheet(null).row().text("Müller, José").text("Nguyễn, Zoë").text("Đặng");
        }

        assertThat(new String(Files.readAllBytes(file), CsvDialect.WINDOWS_1252))
                .isEqualTo("Müller, José;Nguyen, Zoë;Dang\r\n");
    }

    @Test
    void startsExcelsCsvUtf8WithAByteOrderMark() throws IOException {
        Path file = dir.resolve("c.csv");
        try (CsvFile csv = new CsvFile(file, CsvDialect.UTF8_BOM_CRLF)) {
            csv.sheet(null).row().text("École");
        }

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo("\uFEFFÉcole\r\n");
    }
}
