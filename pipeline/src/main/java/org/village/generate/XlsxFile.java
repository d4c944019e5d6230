package org.village.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@code .xlsx} written row by row on POI's {@link SXSSFWorkbook}: rows go to a temporary file as they are
 * written, so a sheet of any length costs the same memory. Strings are written inline, not to a shared table that
 * would grow with the data.
 */
final class XlsxFile implements TableFile {

    /** Rows kept in memory before POI flushes them; nothing here ever revisits a written row. */
    private static final int ROW_WINDOW = 100;
    /** The most rows one sheet may have. */
    static final int MAX_ROWS = 1_048_576;

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final CellStyle dateStyle;

    private XlsxFile(Path file, LocalDate created) {
        this.file = file;
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        // POI stamps new workbooks with the current time; a fixed stamp keeps regenerated files identical.
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
        this.dateStyle = workbook.createCellStyle();
        // Built-in format 14 is Excel's short date, shown in the reader's locale.
        dateStyle.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
    }

    /** {@code created} is recorded as the workbook's creation time in its document properties. */
    static XlsxFile create(Path file, LocalDate created) {
        return new XlsxFile(file, created);
    }

    @Override
    public SheetRows sheet(String name) {
        return new PoiSheetRows(workbook.createSheet(name), dateStyle, MAX_ROWS,
                "A sheet holds at most " + MAX_ROWS + " rows: " + file);
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
}
