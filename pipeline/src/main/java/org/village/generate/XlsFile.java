package org.village.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * An old-style {@code .xls} (BIFF8), built in memory with POI's HSSF and written on close. Only small files are
 * written this way: the format itself stops at 65,536 rows.
 */
final class XlsFile implements TableFile {

    static final int MAX_ROWS = 65_536;

    private final Path file;
    private final HSSFWorkbook workbook = new HSSFWorkbook();
    private final CellStyle dateStyle;

    XlsFile(Path file) {
        this.file = file;
        // Created, never written (see close()): otherwise POI looks for property sets to keep and warns there are none.
        workbook.createInformationProperties();
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
    }

    @Override
    public SheetRows sheet(String name) {
        return new PoiSheetRows(workbook.createSheet(name), dateStyle, MAX_ROWS,
                "An .xls sheet holds at most " + MAX_ROWS + " rows: " + file);
    }

    @Override
    public void close() throws IOException {
        // Only the workbook stream goes into the file: POI's own write adds document property sets, and logs a
        // warning for each when there are none (the console of `generate` shows POI's log). Excel needs none.
        try (HSSFWorkbook built = workbook; POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(built.getBytes()), "Workbook");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
