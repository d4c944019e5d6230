package org.village.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a generator run's files back the way a reader that knows nothing of the generator would: workbooks with POI's
 * in-memory model (fine for files this small), CSV files by sniffing their encoding (a byte-order mark, else UTF-8 if
 * the bytes are valid UTF-8, else Windows-1252) and delimiter (semicolons in the first line, else commas).
 */
final class GeneratedFiles {

    /** A row as its cells' text, numbered as Excel or an editor shows it. */
    record TableRow(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** One sheet of a workbook, or a CSV file (sheet null); {@code file} is relative to the run, with "/". */
    record Table(String file, String sheet, List<TableRow> rows) {

        /** The first row whose cells include {@code header}: the header row, under any title rows. */
        TableRow header(String header) {
            return rows.stream().filter(row -> row.cells().contains(header)).findFirst().orElseThrow();
        }

        TableRow row(int number) {
            return rows.stream().filter(row -> row.number() == number).findFirst().orElseThrow();
        }
    }

    private GeneratedFiles() {
    }

    /** Every regular file under dir, relative, sorted, with "/" separators. */
    static List<String> list(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet of a workbook, or the one table of a CSV file. */
    static List<Table> read(Path dir, String relative) {
        Path file = dir.resolve(relative);
        if (relative.endsWith(".csv")) {
            return List.of(csv(file, relative));
        }
        return relative.endsWith(".xlsx") ? XlsxRows.read(file.toFile(), relative) : workbook(file, relative);
    }

    static Charset csvCharset(byte[] bytes) {
        if (hasByteOrderMark(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Table csv(Path file, String relative) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(bytes, csvCharset(bytes));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        char delimiter = text.substring(0, firstLineEnd).contains(";") ? ';' : ',';
        List<TableRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                cells.add(field.toString());
                field.setLength(0);
                rows.add(new TableRow(recordLine, List.copyOf(cells)));
                cells.clear();
                recordLine = ++line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !cells.isEmpty()) {
            cells.add(field.toString());
            rows.add(new TableRow(recordLine, List.copyOf(cells)));
        }
        return new Table(relative, null, rows);
    }

    private static List<Table> workbook(Path file, String relative) {
        List<Table> tables = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<TableRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    rows.add(new TableRow(row.getRowNum() + 1, cells));
                }
                tables.add(new Table(relative, sheet.getSheetName(), rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Text as written; a date cell as an ISO date; a number without a trailing ".0". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case BLANK -> "";
            default -> throw new IllegalStateException("Unexpected " + cell.getCellType() + " at " + cell.getAddress());
        };
    }

    /** Every cell of every sheet as "sheet!row:column=TYPE:value", for comparing two runs' workbooks. */
    static List<String> cells(Path file) {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String style = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                                ? "DATE" : cell.getCellType().name();
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + style + ":" + text(cell));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** Dates as the files write them: ISO, US with a four- or two-digit year, or an Excel serial number. */
    static LocalDate date(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        if (text.matches("\\d{5}")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text));
        }
        String[] parts = text.split("/");
        int year = Integer.parseInt(parts[2]);
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
