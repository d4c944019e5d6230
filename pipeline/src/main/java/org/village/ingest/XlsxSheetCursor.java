package org.village.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls one sheet's rows from its XML, one at a time. Handles what real exports contain: rows and cells without
 * {@code r} references, inline strings, shared strings, formula results, booleans and error cells.
 */
final class XlsxSheetCursor implements SheetCursor {

    private final XMLStreamReader xml;
    private final InputStream data;
    private final String[] sharedStrings;
    private final String sheetName;
    private int lastRowNumber;

    XlsxSheetCursor(XMLStreamReader xml, InputStream data, String[] sharedStrings, String sheetName) {
        this.xml = xml;
        this.data = data;
        this.sharedStrings = sharedStrings;
        this.sheetName = sheetName;
    }

    @Override
    public SheetRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    SheetRow row = readRow();
                    if (!row.isBlank()) {
                        return row;
                    }
                }
            }
            return null;
        }
        catch (XMLStreamException e) {
            throw new SpreadsheetProblem("sheet '" + sheetName + "' is damaged after row " + lastRowNumber
                    + " (" + XlsxWorkbook.plain(e) + "); open it in Excel and save it again", e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNumber = r != null ? Integer.parseInt(r) : lastRowNumber + 1;
        lastRowNumber = rowNumber;
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? columnIndex(ref) : nextColumn;
                String value = readCell(xml.getAttributeValue(null, "t"));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
                nextColumn = column + 1;
            }
            else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new SheetRow(rowNumber, cells.toArray(String[]::new));
    }

    /**
     * Reads from a {@code <c>} start tag to its end tag and returns the cell's value as text. A value nearly always
     * arrives as one piece of text; only a value split across several pieces is joined.
     */
    private String readCell(String type) throws XMLStreamException {
        String raw = null;
        StringBuilder joined = null;
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                inValue = "v".equals(name) || ("t".equals(name) && "inlineStr".equals(type));
            }
            else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inValue) {
                if (raw == null) {
                    raw = xml.getText();
                }
                else {
                    joined = joined == null ? new StringBuilder(raw) : joined;
                    joined.append(xml.getText());
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    break;
                }
                inValue = false;
            }
        }
        if (joined != null) {
            raw = joined.toString();
        }
        else if (raw == null) {
            raw = "";
        }
        if ("s".equals(type)) {
            int index = parseIndex(raw);
            return index >= 0 && index < sharedStrings.length ? sharedStrings[index] : "";
        }
        if ("b".equals(type)) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        if (raw.isBlank()) {
            return "";
        }
        return type == null || "n".equals(type) ? canonicalNumber(raw) : raw;
    }

    /**
     * Excel writes a whole number as "18"; libraries that export through doubles write "18.0". Both are the
     * number 18, and an id stored as a number must read the same either way.
     */
    private static String canonicalNumber(String raw) {
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }

    private static int parseIndex(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "A1" → 0, "AB12" → 27. */
    static int columnIndex(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
            data.close();
        }
        catch (XMLStreamException | IOException e) {
            // Nothing was written; a sheet that cannot be closed cleanly has already been read or reported.
        }
    }
}
