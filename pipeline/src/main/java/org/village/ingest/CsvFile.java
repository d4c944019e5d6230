package org.village.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@code .csv} file seen as one sheet, named after the file. Before reading, the first block of the file decides
 * the delimiter (comma, semicolon or tab) and the encoding (UTF-8 with or without BOM, else Windows-1252, the two that
 * Excel and school information systems write). Rows are then parsed one at a time from a reader, so memory does not
 * grow with the number of rows.
 */
final class CsvFile implements Spreadsheet {

    /** Enough lines to see a title, a header and dozens of data rows; small enough to hold in memory. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_RECORDS = 100;
    private static final char[] DELIMITERS = { ',', ';', '\t' };
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final String sheetName;
    private final boolean byteOrderMark;
    private final Charset charset;
    private final CSVFormat format;

    private CsvFile(Path file) throws IOException {
        this.file = file;
        String name = file.getFileName().toString();
        this.sheetName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        byte[] head = firstBytes(file);
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw new SpreadsheetProblem("is saved as UTF-16 (Excel's \"Unicode Text\"), which Village does not read; "
                    + "open it in Excel and save it as CSV UTF-8 or as .xlsx");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new SpreadsheetProblem("is not a text CSV file, nor a workbook Village recognises: it holds "
                        + "binary data; open it in Excel and save it as .xlsx or as CSV UTF-8");
            }
        }
        this.byteOrderMark = startsWith(head, 0xEF, 0xBB, 0xBF);
        this.charset = byteOrderMark || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String sample = new String(head, charset).substring(byteOrderMark ? 1 : 0);
        boolean wholeFile = head.length < SAMPLE_BYTES;
        if (wholeFile && sample.isBlank()) {
            throw new SpreadsheetProblem("is empty; check it is the file you meant to send");
        }
        this.format = format(delimiter(sample, wholeFile));
    }

    static CsvFile open(Path file) {
        try {
            return new CsvFile(file);
        }
        catch (IOException e) {
            throw new SpreadsheetProblem("could not be read from the inbox folder; send it again", e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    /** CSV has text dates, never serial numbers; the flag only matters to workbooks. */
    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public SheetCursor openSheet(int sheetIndex) {
        if (sheetIndex != 0) {
            throw new SpreadsheetProblem("has no sheet number " + (sheetIndex + 1));
        }
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
            if (byteOrderMark) {
                in.skipNBytes(3);
            }
            return new CsvSheetCursor(format.parse(new InputStreamReader(in, charset)));
        }
        catch (IOException e) {
            closeQuietly(in);
            throw new SpreadsheetProblem("could not be read from the inbox folder; send it again", e);
        }
    }

    @Override
    public void close() {
        // Each cursor owns its reader; the file itself holds nothing open.
    }

    /**
     * Values are kept exactly as sent: no trimming, no escape character other than doubled quotes (RFC 4180, what
     * Excel writes). CR, LF and CRLF all end a record, so no value outside quotes keeps a trailing CR. Blank lines
     * are returned as records (the cursor skips them) because a parser that skipped them itself would already be past
     * them when the cursor asks which line the next record starts on.
     */
    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    /**
     * The delimiter under which most sampled records share one field count greater than one; ties go to the one that
     * splits rows into more fields. Parsing the sample with each candidate keeps delimiters inside quoted values out
     * of the count, and a title row or a footnote line disagrees without spoiling the vote. A file in which no
     * candidate splits anything is a one-column file, read with commas.
     */
    private static char delimiter(String sample, boolean wholeFile) {
        char best = ',';
        long bestAgreeing = 0;
        int bestFields = 1;
        for (char candidate : DELIMITERS) {
            List<Integer> counts = fieldCounts(sample, candidate, wholeFile);
            Map<Integer, Long> frequency = new HashMap<>();
            counts.stream().filter(n -> n > 1).forEach(n -> frequency.merge(n, 1L, Long::sum));
            var mode = frequency.entrySet().stream()
                    .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            if (mode.isPresent() && (mode.get().getValue() > bestAgreeing
                    || mode.get().getValue() == bestAgreeing && mode.get().getKey() > bestFields)) {
                best = candidate;
                bestAgreeing = mode.get().getValue();
                bestFields = mode.get().getKey();
            }
        }
        return best;
    }

    /**
     * Field counts of the sample's records under one delimiter, up to the first record that does not parse
     * (usually a quote that only closes properly under another delimiter). When the sample is a cut of a longer
     * file its last record may be cut too, so it is left out.
     */
    private static List<Integer> fieldCounts(String sample, char delimiter, boolean wholeFile) {
        List<Integer> counts = new ArrayList<>();
        try (CSVParser parser = format(delimiter).parse(new StringReader(sample))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (counts.size() < SAMPLE_RECORDS && records.hasNext()) {
                counts.add(records.next().size());
            }
        }
        catch (IOException | UncheckedIOException e) {
            return counts;
        }
        if (!wholeFile && !counts.isEmpty()) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    /**
     * Reads the whole file once as strict UTF-8. Windows-1252 text with accents is almost never valid UTF-8, and an
     * accent on row 50,000 must decide the encoding as surely as one on row 2.
     */
    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            }
            catch (IOException e) {
                // Only read from; the original failure is the one to report.
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
