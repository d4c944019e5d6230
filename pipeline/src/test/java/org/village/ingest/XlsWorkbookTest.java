package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsWorkbookTest {

    /** Odd real-world spreadsheets from Apache POI's test corpus, described in shared/external-data/SOURCES.md. */
    private static final Path CORPUS = Path.of("../../shared/external-data/apache-poi-spreadsheet-corpus");

    @TempDir
    Path dir;

    private static List<SheetRow> rows(Path file, int sheet) {
        List<SheetRow> rows = new ArrayList<>();
        try (XlsWorkbook workbook = XlsWorkbook.open(file); SheetCursor cursor = workbook.openSheet(sheet)) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Path corpus(String name) {
        assumeTrue(Files.isDirectory(CORPUS), "shared/external-data is not beside this clone; corpus tests skipped");
        return CORPUS.resolve(name);
    }

    @Test
    void readsEachKindOfCellAsItsRawValue() throws IOException {
        Path file = dir.resolve("cells.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = workbook.createSheet("Cells").createRow(4);
            row.createCell(0).setCellValue("007");
            row.createCell(1).setCellValue(18);
            row.createCell(2).setCellValue(0.1 + 0.2);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(5).setCellFormula("1+2");
            row.createCell(6).setCellFormula("CONCATENATE(\"Jos\",\"é\")");
            row.createCell(7).setCellFormula("2>1");
            row.createCell(8).setCellFormula("1/0");
            row.createCell(10).setCellValue(-1234567.25);
            row.createCell(11).setCellValue(1e-7);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        List<SheetRow> rows = rows(file, 0);

        assertThat(rows).singleElement().extracting(SheetRow::rowNumber).isEqualTo(5);
        assertThat(rows.get(0).cells()).containsExactly("007", "18", "0.30000000000000004", "TRUE", "", "3", "José",
                "TRUE", "", "", "-1234567.25", "0.0000001");
    }

    @Test
    void listsEverySheetAndReadsEachOnItsOwn() throws IOException {
        Path file = TestWorkbooks.workbook()
                .sheet("Schools", List.of(List.of("School ID", "School Name"), List.of("0101", "École José Martí")))
                .sheet("Roster", List.of(List.of("Student ID"), List.of("000123"), List.of("000124")))
                .sheet("Empty", List.of())
                .writeTo(dir.resolve("district.xls"));

        try (XlsWorkbook workbook = XlsWorkbook.open(file)) {
            assertThat(workbook.sheetNames()).containsExactly("Schools", "Roster", "Empty");
            assertThat(workbook.date1904()).isFalse();
            assertThatThrownBy(() -> workbook.openSheet(3)).isInstanceOf(SpreadsheetProblem.class);
        }
        assertThat(rows(file, 1)).extracting(row -> row.cell(0)).containsExactly("Student ID", "000123", "000124");
        assertThat(rows(file, 0).get(1).cell(1)).isEqualTo("École José Martí");
        assertThat(rows(file, 2)).isEmpty();
    }

    @Test
    void readsTheSameDateFromTheTwoDateSystems() {
        LocalDate[] dates = new LocalDate[2];
        String[] names = { "1900DateWindowing.xls", "1904DateWindowing.xls" };
        for (int i = 0; i < 2; i++) {
            try (XlsWorkbook workbook = XlsWorkbook.open(corpus(names[i]))) {
                assertThat(workbook.date1904()).isEqualTo(i == 1);
                String serial = rows(corpus(names[i]), 0).get(0).cell(0);
                dates[i] = new CellValues(false).date(serial, workbook.date1904());
            }
        }
        assertThat(dates[0]).isNotNull().isEqualTo(dates[1]);
    }

    @Test
    void readsTheSameSheetsAndValuesAsTheXlsxOfTheSameWorkbook() {
        Path xls = corpus("SampleSS.xls");
        Path xlsx = corpus("SampleSS.xlsx");
        try (XlsWorkbook a = XlsWorkbook.open(xls); XlsxWorkbook b = XlsxWorkbook.open(xlsx)) {
            assertThat(a.sheetNames()).containsExactly("First Sheet", "Sheet Number 2", "Sheet3")
                    .isEqualTo(b.sheetNames());
        }
        for (int sheet = 0; sheet < 3; sheet++) {
            List<SheetRow> expected = new ArrayList<>();
            try (XlsxWorkbook b = XlsxWorkbook.open(xlsx); SheetCursor cursor = b.openSheet(sheet)) {
                for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                    expected.add(row);
                }
            }
            assertThat(rows(xls, sheet)).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
        }
        assertThat(rows(xls, 1)).isNotEmpty();
    }

    @Test
    void readsRealWorldWorkbooks() {
        assertThat(rows(corpus("61045_govdocs1_626534.xls"), 0)).hasSize(19);

        Path nsse = corpus("angelo.edu_content_files_19555-nsse-2011-multiyear-benchmark.xls");
        try (XlsWorkbook workbook = XlsWorkbook.open(nsse)) {
            assertThat(workbook.sheetNames()).hasSize(7).startsWith("Cover", "Intro", "MYRCT", "FYchart", "FYtable",
                    "SRchart");
        }
        // A merged header keeps its text in its first cell; the cells it covers read as empty.
        assertThat(rows(nsse, 2)).isNotEmpty();
    }

    @Test
    void readsWorkbooksWhoseSheetsAreEmpty() {
        for (String name : List.of("blankworkbook.xls", "empty.xls")) {
            try (XlsWorkbook workbook = XlsWorkbook.open(corpus(name))) {
                assertThat(workbook.sheetNames()).hasSize(3);
                for (int sheet = 0; sheet < 3; sheet++) {
                    assertThat(rows(corpus(name), sheet)).isEmpty();
                }
            }
        }
        try (XlsWorkbook workbook = XlsWorkbook.open(corpus("empty.xls"))) {
            assertThat(workbook.sheetNames()).containsExactly("Лист1", "Лист2", "Лист3");
        }
    }

    /** POI's own reader, which loads the whole workbook, is the reference for what each cell holds. */
    @ParameterizedTest
    @ValueSource(strings = { "1900DateWindowing.xls", "1904DateWindowing.xls", "61045_govdocs1_626534.xls",
            "SampleSS.xls", "angelo.edu_content_files_19555-nsse-2011-multiyear-benchmark.xls", "blankworkbook.xls",
            "empty.xls" })
    void readsEveryCellThatPoisOwnReaderReads(String name) throws IOException {
        Path file = corpus(name);
        try (HSSFWorkbook reference = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true))) {
            try (XlsWorkbook workbook = XlsWorkbook.open(file)) {
                assertThat(workbook.sheetNames()).hasSize(reference.getNumberOfSheets());
            }
            for (int sheet = 0; sheet < reference.getNumberOfSheets(); sheet++) {
                assertThat(rows(file, sheet)).as("sheet %d", sheet).usingRecursiveFieldByFieldElementComparator()
                        .isEqualTo(referenceRows(reference.getSheetAt(sheet)));
            }
        }
    }

    private static List<SheetRow> referenceRows(Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
            Arrays.fill(cells, "");
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                cells[cell.getColumnIndex()] = switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> XlsSheetCursor.number(cell.getNumericCellValue());
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    default -> "";
                };
            }
            int width = cells.length;
            while (width > 0 && cells[width - 1].isEmpty()) {
                width--;
            }
            SheetRow sheetRow = new SheetRow(row.getRowNum() + 1, Arrays.copyOf(cells, width));
            if (!sheetRow.isBlank()) {
                rows.add(sheetRow);
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = { "password.xls", "xor-encryption-abc.xls", "protected_passtika.xlsx",
            "crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx" })
    void anEncryptedFileIsAskedForWithoutItsPassword(String name) {
        Path corpusFile = corpus(name);
        assertThatThrownBy(() -> XlsWorkbook.open(corpusFile)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is password-protected; save an unprotected copy and send that");
    }

    @Test
    void anExcel95WorkbookIsAskedForAgainAsXlsx() {
        Path corpusFile = corpus("testEXCEL_95.xls");
        assertThatThrownBy(() -> XlsWorkbook.open(corpusFile)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is saved in an old Excel format (Excel 95 or earlier), which Village does not read; open "
                        + "it in Excel and save it as .xlsx");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        Path whole = TestWorkbooks.workbook().sheet("S", List.of(List.of("id"), List.of("1"))).writeTo(
                dir.resolve("whole.xls"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> XlsWorkbook.open(cut)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("is not a readable .xls workbook (it may be damaged or cut short); open it in Excel and "
                        + "save it again as .xlsx");
    }

    @Test
    void anOfficeFileWithoutAWorkbookIsNotAWorkbook() throws IOException {
        Path doc = dir.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> XlsWorkbook.open(doc)).isInstanceOf(SpreadsheetProblem.class)
                .hasMessage("holds no Excel workbook (it may be a Word or other Office file renamed); open it in Excel "
                        + "and save it as .xlsx");
    }
}
