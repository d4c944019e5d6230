package org.village.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything a finished month leaves behind, as text two runs can be compared on: every row of every table Village
 * writes (the job repository aside), the text of every PDF, every cell of every workbook, the names of the files in
 * the month's folder and the e-mails received. What differs between two runs that did the same work is left out or
 * replaced: times, the ids a database hands out (a sheet is named by its file's hash and sheet number, a stored
 * baseline by its key), the job instance and the output folder's path.
 */
record RunContent(Map<String, List<String>> tables, Map<String, String> pdfText, Map<String, List<String>> workbooks,
        List<String> files, List<String> mail) {

    /** Generated ids and run ids: nothing a district reads, and numbered differently after a crash. */
    private static final Set<String> RUN_IDS = Set.of("delivery_id", "reject_id", "job_instance_id", "used_by",
            "arrived_in");
    private static final Set<String> SHEET_IDS = Set.of("source_id", "replaced_by");

    static RunContent of(Connection db, String schema, Path out, Path monthFolder, MimeMessage[] mail)
            throws Exception {
        return new RunContent(tables(db, schema, out), pdfText(monthFolder), workbooks(monthFolder),
                RunResults.files(monthFolder), mail(mail));
    }

    private static Map<String, List<String>> tables(Connection db, String schema, Path out) throws SQLException {
        Map<Long, String> sheets = names(db, "SELECT source_id, file_sha256 || '#' || sheet_index FROM ingest_source");
        Map<Long, String> baselines = names(db, "SELECT baseline_id, baseline_key FROM effect_baseline");
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData meta = db.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : names) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (lower.startsWith("batch_") || lower.startsWith("flyway_")) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            try (Statement statement = db.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String column = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        int type = columns.getColumnType(c);
                        if (RUN_IDS.contains(column) || type == Types.TIMESTAMP
                                || type == Types.TIMESTAMP_WITH_TIMEZONE
                                || (column.equals("baseline_id") && lower.equals("effect_baseline"))) {
                            continue;
                        }
                        String value;
                        if (SHEET_IDS.contains(column)) {
                            long id = rs.getLong(c);
                            value = rs.wasNull() ? null : sheets.get(id);
                        }
                        else if (column.equals("baseline_id")) {
                            value = baselines.get(rs.getLong(c));
                        }
                        else {
                            value = rs.getString(c);
                        }
                        if (value != null) {
                            value = value.replace(out.toString(), "<out>");
                        }
                        row.append(column).append('=').append(value).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(lower, rows);
        }
        return tables;
    }

    private static Map<Long, String> names(Connection db, String query) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    private static Map<String, String> pdfText(Path monthFolder) throws IOException {
        Map<String, String> text = new TreeMap<>();
        for (Path pdf : files(monthFolder, ".pdf")) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                text.put(monthFolder.relativize(pdf).toString(), new PDFTextStripper().getText(document));
            }
        }
        return text;
    }

    private static Map<String, List<String>> workbooks(Path monthFolder) throws IOException {
        Map<String, List<String>> workbooks = new TreeMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Path file : files(monthFolder, ".xlsx")) {
            List<String> cells = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "="
                                    + formatter.formatCellValue(cell));
                        }
                    }
                }
            }
            catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            workbooks.put(monthFolder.relativize(file).toString(), cells);
        }
        return workbooks;
    }

    /** Each message as its recipients, subject and attachments' names, sorted: a message sent twice shows twice. */
    private static List<String> mail(MimeMessage[] messages) throws Exception {
        List<String> mail = new ArrayList<>();
        for (MimeMessage message : messages) {
            StringBuilder line = new StringBuilder();
            for (var address : message.getAllRecipients()) {
                line.append(address).append(',');
            }
            line.append(' ').append(message.getSubject());
            if (message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        line.append(" [").append(part.getFileName()).append(']');
                    }
                }
            }
            mail.add(line.toString());
        }
        mail.sort(null);
        return mail;
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
