package org.village.generate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import org.village.generate.GeneratedFiles.Table;
import org.village.generate.GeneratedFiles.TableRow;

/**
 * Reads every sheet of an {@code .xlsx} with a SAX handler over the sheet XML: several times faster than POI's
 * in-memory model on the sample's larger sheets, which keeps the test suite quick. Cells come back as
 * {@link GeneratedFiles#text} gives them.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<Table> read(File file, String relative) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<Boolean> styles = dateStyles(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            List<Table> tables = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Handler handler = new Handler(styles, strings);
                    parse(sheet, handler);
                    tables.add(new Table(relative, sheets.getSheetName(), handler.rows));
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(xml, handler);
    }

    /** For each cell style (cellXfs entry), whether its number format is a date format. */
    private static List<Boolean> dateStyles(XSSFReader reader) throws Exception {
        Map<Integer, String> formats = new TreeMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        try (InputStream xml = reader.getStylesData()) {
            parse(xml, new DefaultHandler() {
                private boolean inCellXfs;

                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    switch (local) {
                        case "numFmt" -> formats.put(Integer.parseInt(attributes.getValue("numFmtId")),
                                attributes.getValue("formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = attributes.getValue("numFmtId");
                                styleFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if (local.equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            });
        }
        List<Boolean> dates = new ArrayList<>();
        for (int id : styleFormats) {
            String format = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            dates.add(format != null && DateUtil.isADateFormat(id, format));
        }
        return dates;
    }

    private static final class Handler extends DefaultHandler {

        private final List<Boolean> styles;
        private final ReadOnlySharedStringsTable strings;
        final List<TableRow> rows = new ArrayList<>();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        Handler(List<Boolean> styles, ReadOnlySharedStringsTable strings) {
            this.styles = styles;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "row" -> {
                    rowNumber = Integer.parseInt(attributes.getValue("r"));
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    column = column(attributes.getValue("r"));
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText());
                }
                case "row" -> rows.add(new TableRow(rowNumber, List.copyOf(cells)));
                default -> {
                }
            }
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                double number = Double.parseDouble(raw);
                if (style < styles.size() && styles.get(style)) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
                return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw)).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        private static int column(String reference) {
            int c = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                c = c * 26 + reference.charAt(i) - 'A' + 1;
            }
            return c - 1;
        }
    }
}
