package org.village.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one single-sheet {@code .xlsx} row by row. Rows are streamed to disk as they are written (POI's
 * {@link SXSSFWorkbook}), so a sheet of any length costs the same memory.
 */
final class XlsxSheetWriter implements Closeable {

    /** Rows kept in memory before POI flushes them; nothing here ever revisits a written row. */
    private static final int ROW_WINDOW = 100;

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int nextRow;

    private XlsxSheetWriter(Path file, String sheetName, Date created) {
        this.file = file;
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        // POI stamps new workbooks with the current time; a fixed stamp keeps regenerated files byte-identical.
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
        this.sheet = workbook.createSheet(sheetName);
        this.dateStyle = workbook.createCellStyle();
        // Built-in format 14 is Excel's short date, shown in the reader's locale.
        dateStyle.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
    }

    /** {@code created} is recorded as the workbook's creation time in its document properties. */
    static XlsxSheetWriter create(Path file, String sheetName, LocalDate created) {
        return new XlsxSheetWriter(file, sheetName, Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    Cells row() {
        return new Cells(sheet.createRow(nextRow++));
    }

    void skipRow() {
        nextRow++;
    }

    /** Writes the file and deletes POI's temporary sheet files. */
    @Override
    public void close() throws IOException {
        // Since POI 5.3 (bug 68183) closing an SXSSFWorkbook disposes of its temporary files; dispose() is deprecated.
        try (SXSSFWorkbook streamed = workbook) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                streamed.write(out);
            }
        }
    }

    /** The cells of one row, written left to right. */
    final class Cells {

        private final Row row;
        private int nextColumn;

        private Cells(Row row) {
            this.row = row;
        }

        Cells text(String value) {
            row.createCell(nextColumn++).setCellValue(value);
            return this;
        }

        Cells number(long value) {
            row.createCell(nextColumn++).setCellValue(value);
            return this;
        }

        Cells date(LocalDate value) {
            Cell cell = row.createCell(nextColumn++);
            cell.setCellValue(value);
            cell.setCellStyle(dateStyle);
            return this;
        }

        /** Empty cells, as exports leave below their data. */
        Cells blank(int count) {
            for (int i = 0; i < count; i++) {
                row.createCell(nextColumn++).setBlank();
            }
            return this;
        }
    }
}
