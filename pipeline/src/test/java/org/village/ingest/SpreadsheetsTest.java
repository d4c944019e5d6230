package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetsTest {

    /** Odd real-world spreadsheets from Apache POI's test corpus, described in shared/external-data/SOURCES.md. */
    private static final Path CORPUS = Path.of("../../shared/external-data/apache-poi-spreadsheet-corpus");

    @TempDir
    Path dir;

    private static Path corpus(String name) {
        assumeTrue(Files.isDirectory(CORPUS), "shared/external-data is not beside this clone; corpus tests skipped");
        return CORPUS.resolve(name);
    }

    /** Opens the file and reads every row of every sheet, as the inbox registration and the loading steps do. */
    private static void readAll(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            for (int sheet = 0; sheet < spreadsheet.sheetNames().size(); sheet++) {
                try (SheetCursor cursor = spreadsheet.openSheet(sheet)) {
                    while (cursor.next() != null) {
                        // reading is the test
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "attendance.xlsx, true", "ATTENDANCE.XLSX, true", "macros.xlsm, true", "old.xls, true",
            "export.CSV, true", "~$attendance.xlsx, false", "tab-export.txt, true", "tab-export.tsv, true",
            "budget.ods, true", "binary.xlsb, true", "xlsx, false", "README.md, false", "truth.json, false",
            "logo.png, false" })
    void knowsWhichInboxFilesAreOfferedAsSpreadsheets(String name, boolean spreadsheet) {
        assertThat(Spreadsheets.isSpreadsheet(dir.resolve(name))).isEqualTo(spreadsheet);
    }

    @Test
    void choosesTheReaderByTheFirstBytesNotTheName() throws IOException {
        Path xlsxNamedXls = Files.move(TestWorkbooks.workbook().sheet("S", List.of(List.of("id")))
                .writeTo(dir.resolve("a.xlsx")), dir.resolve("a.xls"));
        Path xlsNamedXlsx = Files.move(TestWorkbooks.workbook().sheet("S", List.of(List.of("id")))
                .writeTo(dir.resolve("b.xls")), dir.resolve("b.xlsx"));
        Path csvNamedXls = Files.writeString(dir.resolve("export.xls"), "id,name\n1,a\n", StandardCharsets.UTF_8);

        assertThat(List.of(xlsxNamedXls, xlsNamedXlsx, csvNamedXls)).map(file -> {
            try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
                return spreadsheet.getClass().getSimpleName();
            }
        }).containsExactly("XlsxWorkbook", "XlsWorkbook", "CsvFile");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            password.xls           | is password-protected; save an unprotected copy and send that
            xor-encryption-abc.xls | is password-protected; save an unprotected copy and send that
            protected_passtika.xlsx | is password-protected; save an unprotected copy and send that
            testEXCEL_95.xls       | is saved in an old Excel format (Excel 95 or earlier), which Village does not read; open it in Excel and save it as .xlsx
            testEXCEL_4.xls        | is saved in an old Excel format (Excel 95 or earlier), which Village does not read; open it in Excel and save it as .xlsx
            SampleSS.ods           | is an OpenDocument spreadsheet (.ods), which Village does not read; open it in LibreOffice or Excel and save it as .xlsx
            SampleSS.xml           | is an XML file (such as an Excel 2003 XML spreadsheet), which Village does not read; open it in Excel and save it as .xlsx
            """)
    void saysWhatIsWrongWithAFileOfAnotherKind(String name, String message) throws IOException {
        Path renamed = Files.copy(corpus(name), dir.resolve("from the school.xls"));

        Path corpusFile = corpus(name);

        assertThatThrownBy(() -> readAll(corpusFile)).isInstanceOf(SpreadsheetProblem.class).hasMessage(message);
        assertThatThrownBy(() -> readAll(renamed)).as("renamed .xls").hasMessage(message);
    }

    @Test
    void saysWhatIsWrongWithAWebPageOrAPdf() throws IOException {
        Path page = Files.writeString(dir.resolve("report.xls"), "<html><body><table><tr><td>id</td></tr></table>");
        Path pdf = Files.writeString(dir.resolve("report.csv"), "%PDF-1.7\n%âãÏÓ\n");

        assertThatThrownBy(() -> readAll(page)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is a web page saved under a spreadsheet name; open it in Excel and save it as .xlsx");
        assertThatThrownBy(() -> readAll(pdf)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is a PDF, not a spreadsheet; send the spreadsheet the PDF was made from, as .xlsx, .xls "
                        + "or .csv");
    }

    @Test
    void aBinaryWorkbookRenamedXlsxIsNamedForWhatItIs() throws IOException {
        Path renamed = Files.copy(corpus("sample.xlsb"), dir.resolve("report.xlsx"));

        assertThatThrownBy(() -> readAll(renamed)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessageContaining("Excel Binary Workbook (.xlsb)");
    }

    /** Every corpus file that cannot be used fails in words a data manager can act on, never with a stack trace. */
    @ParameterizedTest
    @ValueSource(strings = { "password.xls", "xor-encryption-abc.xls", "protected_passtika.xlsx", "testEXCEL_95.xls",
            "testEXCEL_4.xls", "SampleSS.ods", "SampleSS.xml", "sample.xlsb", "SampleSS.strict.xlsx",
            "sample.strict.xlsx", "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx",
            "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx",
            "crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx",
            "crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx", "poc-xmlbomb.xlsx", "poc-xmlbomb-empty.xlsx",
            "xlsx-corrupted.xlsx", "duplicate-filename.xlsx", "invalid.xlsx" })
    void reportsAFileItCannotUseInWordsNotAStackTrace(String name) {
        Path corpusFile = corpus(name);
        assertThatThrownBy(() -> readAll(corpusFile)).isInstanceOf(SpreadsheetProblem.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("Exception", "org.apache", "\tat ")
                        .containsAnyOf("save", "send"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "SampleSS.xls", "SampleSS.xlsx", "angelo.edu_content_files_19555-nsse-2011-multiyear-benchmark.xls",
            "61045_govdocs1_626534.xls", "1904DateWindowing.xls", "InlineStrings.xlsx", "xlmmacro.xlsm",
            "workbookProtection-workbook_password-2013.xlsx" })
    void readsTheCorpusFilesThatAreFine(String name) {
        readAll(corpus(name));
    }
}
