package org.village.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;

/**
 * An Excel 97–2003 {@code .xls} (BIFF8) workbook read through POI's record stream rather than {@code HSSFWorkbook},
 * which would build every sheet in memory. Opening reads the workbook globals (sheet names, date system, shared
 * strings); each sheet is then read on its own, from the start of the stream, skipping the sheets before it.
 */
final class XlsWorkbook implements Spreadsheet {

    static final String PASSWORD_PROTECTED = "is password-protected; save an unprotected copy and send that";
    static final String OLD_EXCEL = "is saved in an old Excel format (Excel 95 or earlier), which Village does not "
            + "read; open it in Excel and save it as .xlsx";
    private static final String DAMAGED = "is not a readable .xls workbook (it may be damaged or cut short); open it "
            + "in Excel and save it again as .xlsx";
    private static final int BIFF8 = 0x0600;

    private final POIFSFileSystem fs;
    private final String entry;
    private final List<String> sheetNames;
    private final boolean date1904;
    private final String[] sharedStrings;

    private XlsWorkbook(POIFSFileSystem fs) throws IOException {
        this.fs = fs;
        this.entry = workbookEntry(fs.getRoot());
        checkBiff8();
        List<String> names = new ArrayList<>();
        boolean window1904 = false;
        String[] strings = new String[0];
        try (InputStream in = stream()) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            for (Record record = records.nextRecord(); record != null && record.getSid() != EOFRecord.sid;
                    record = records.nextRecord()) {
                if (record instanceof BoundSheetRecord sheet) {
                    names.add(sheet.getSheetname());
                }
                else if (record instanceof DateWindow1904Record window) {
                    window1904 = window.getWindowing() == 1;
                }
                else if (record instanceof SSTRecord sst) {
                    strings = strings(sst);
                }
            }
        }
        this.sheetNames = List.copyOf(names);
        this.date1904 = window1904;
        this.sharedStrings = strings;
    }

    /**
     * POI signals damaged or fuzzed records with whatever runtime exception the bad bytes lead to, so every failure
     * while parsing becomes the same plain message.
     */
    static XlsWorkbook open(Path file) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        }
        catch (IOException | RuntimeException e) {
            throw new SpreadsheetProblem(DAMAGED, e);
        }
        try {
            return new XlsWorkbook(fs);
        }
        catch (SpreadsheetProblem e) {
            closeQuietly(fs);
            throw e;
        }
        catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new SpreadsheetProblem(PASSWORD_PROTECTED, e);
        }
        catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new SpreadsheetProblem(DAMAGED, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    /**
     * Substreams follow the workbook globals in the order of the sheet list (as POI's own reader assumes); a chart
     * embedded in a sheet is a substream nested inside it, so only BOFs at the top level count.
     */
    @Override
    public XlsSheetCursor openSheet(int sheetIndex) {
        if (sheetIndex < 0 || sheetIndex >= sheetNames.size()) {
            throw new SpreadsheetProblem("has no sheet number " + (sheetIndex + 1));
        }
        String name = sheetNames.get(sheetIndex);
        try (InputStream in = stream()) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            int substream = -1; // the workbook globals are substream 0, sheet i is substream i + 1
            int depth = 0;
            for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
                if (record.getSid() == BOFRecord.sid) {
                    if (depth == 0 && ++substream == sheetIndex + 1) {
                        return XlsSheetCursor.read(records, sharedStrings, name);
                    }
                    depth++;
                }
                else if (record.getSid() == EOFRecord.sid) {
                    depth--;
                }
            }
            throw new SpreadsheetProblem("sheet '" + name + "' is missing from the file, which may be damaged or cut "
                    + "short; open it in Excel and save it again as .xlsx");
        }
        catch (SpreadsheetProblem e) {
            throw e;
        }
        catch (IOException | RuntimeException e) {
            throw new SpreadsheetProblem("sheet '" + name + "' is damaged and could not be read; open the file in "
                    + "Excel and save it again as .xlsx", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(fs);
    }

    /**
     * Excel 97 and later write the "Workbook" stream; Excel 5/95 wrote "Book". An encrypted .xlsx is also an OLE2
     * file, holding an "EncryptedPackage" stream.
     */
    private static String workbookEntry(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
            throw new SpreadsheetProblem(PASSWORD_PROTECTED);
        }
        for (String name : root.getEntryNames()) {
            if ("Workbook".equalsIgnoreCase(name)) {
                return name;
            }
        }
        if (root.hasEntryCaseInsensitive("Book")) {
            throw new SpreadsheetProblem(OLD_EXCEL);
        }
        throw new SpreadsheetProblem("holds no Excel workbook (it may be a Word or other Office file renamed); open "
                + "it in Excel and save it as .xlsx");
    }

    /** The first record is a BOF whose version says BIFF8; Excel 5/95 files saved under the new name are BIFF5. */
    private void checkBiff8() throws IOException {
        byte[] bof;
        try (InputStream in = stream()) {
            bof = in.readNBytes(6);
        }
        if (bof.length < 6 || LittleEndian.getUShort(bof, 0) != BOFRecord.sid) {
            throw new SpreadsheetProblem(DAMAGED);
        }
        if (LittleEndian.getUShort(bof, 4) != BIFF8) {
            throw new SpreadsheetProblem(OLD_EXCEL);
        }
    }

    /** The count in the table's header can promise more strings than the record holds; the rest read as "". */
    private static String[] strings(SSTRecord sst) {
        List<String> strings = new ArrayList<>();
        try {
            for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
                strings.add(sst.getString(i).getString());
            }
        }
        catch (IndexOutOfBoundsException e) {
            // keep the strings read so far
        }
        return strings.toArray(String[]::new);
    }

    private InputStream stream() throws IOException {
        return fs.getRoot().createDocumentInputStream(entry);
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        }
        catch (IOException e) {
            // Opened read-only; nothing is lost if closing fails.
        }
    }
}
