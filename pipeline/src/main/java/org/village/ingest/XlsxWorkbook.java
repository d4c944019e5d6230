package org.village.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An {@code .xlsx} workbook read as a stream: sheet XML is pulled row by row, so memory does not grow with the
 * number of rows. Opened from a file, because from a stream POI buffers the whole package (stack notes).
 * Only the shared strings are held in memory, as a plain array.
 */
final class XlsxWorkbook implements Spreadsheet {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final Pattern BINARY_WORKBOOK = Pattern.compile("/xl/workbook\\.bin");
    private static final Pattern CLASS_NAMES = Pattern.compile(
            "(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)[:;]?\\s*");

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> sheetNames;
    private final boolean date1904;
    private String[] sharedStrings;

    private XlsxWorkbook(Path file) {
        this.file = file;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        }
        catch (InvalidFormatException | IllegalArgumentException e) {
            throw new SpreadsheetProblem("is not a readable .xlsx workbook (it may be damaged, truncated, encrypted "
                    + "or another format renamed to .xlsx); open it in Excel and save it again as .xlsx", e);
        }
        catch (EncryptedDocumentException e) {
            throw new SpreadsheetProblem("is password-protected; save an unprotected copy and send that", e);
        }
        if (!pkg.getPartsByName(BINARY_WORKBOOK).isEmpty()) {
            pkg.revert();
            throw new SpreadsheetProblem("is an Excel Binary Workbook (.xlsb), which Village does not read; open it "
                    + "in Excel and save it as an Excel Workbook (.xlsx)");
        }
        try {
            this.reader = new XSSFReader(pkg);
            this.sheetNames = readSheetNames(reader);
            this.date1904 = readDate1904(reader);
        }
        catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw new SpreadsheetProblem("could not be read as an Excel workbook (" + plain(e)
                    + "); open it in Excel and save it again as .xlsx", e);
        }
    }

    static XlsxWorkbook open(Path file) {
        return new XlsxWorkbook(file);
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public XlsxSheetCursor openSheet(int sheetIndex) {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int i = 0; sheets.hasNext(); i++) {
                InputStream data = sheets.next();
                if (i == sheetIndex) {
                    return new XlsxSheetCursor(XML.createXMLStreamReader(data), data, sharedStrings(),
                            sheetNames.get(i));
                }
                data.close();
            }
            throw new SpreadsheetProblem("has no sheet number " + (sheetIndex + 1));
        }
        catch (XMLStreamException e) {
            throw new SpreadsheetProblem("sheet '" + sheetNames.get(sheetIndex) + "' could not be read: its XML is "
                    + "damaged, or holds entity definitions, which Village refuses for safety; open the file in "
                    + "Excel and save it again as .xlsx", e);
        }
        catch (IOException | InvalidFormatException | POIXMLException e) {
            throw new SpreadsheetProblem("sheet '" + sheetNames.get(sheetIndex) + "' could not be read (" + plain(e)
                    + "); open the file in Excel and save it again as .xlsx", e);
        }
    }

    private String[] sharedStrings() throws IOException, InvalidFormatException, XMLStreamException {
        if (sharedStrings == null) {
            sharedStrings = readSharedStrings(reader);
        }
        return sharedStrings;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static List<String> readSheetNames(XSSFReader reader) throws IOException, InvalidFormatException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            sheets.next().close();
            names.add(sheets.getSheetName());
        }
        return List.copyOf(names);
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, InvalidFormatException,
            XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String flag = xml.getAttributeValue(null, "date1904");
                        return "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
                return false;
            }
            finally {
                xml.close();
            }
        }
    }

    /**
     * Reads the shared string table into an array. Rich-text runs are concatenated; phonetic hints ({@code rPh})
     * are not part of the cell's text and are skipped.
     */
    private static String[] readSharedStrings(XSSFReader reader) throws IOException, InvalidFormatException,
            XMLStreamException {
        InputStream in = reader.getSharedStringsData();
        if (in == null) {
            return new String[0];
        }
        try (in) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            List<String> strings = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int phoneticDepth = 0;
            boolean inText = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if ("si".equals(name)) {
                            current.setLength(0);
                        }
                        else if ("rPh".equals(name)) {
                            phoneticDepth++;
                        }
                        else if ("t".equals(name)) {
                            inText = phoneticDepth == 0;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inText) {
                            current.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = xml.getLocalName();
                        if ("t".equals(name)) {
                            inText = false;
                        }
                        else if ("rPh".equals(name)) {
                            phoneticDepth--;
                        }
                        else if ("si".equals(name)) {
                            strings.add(current.toString());
                        }
                    }
                    default -> {
                    }
                }
            }
            xml.close();
            return strings.toArray(String[]::new);
        }
    }

    /** The library's message without Java class names, which mean nothing to the person who sent the file. */
    static String plain(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        return CLASS_NAMES.matcher(message.lines().findFirst().orElse("")).replaceAll("").strip();
    }
}
