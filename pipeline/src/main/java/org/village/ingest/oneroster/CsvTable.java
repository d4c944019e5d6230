package org.village.ingest.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a bundle, streamed a record at a time. Columns are found by name whatever their order, case,
 * underscores or spaces, and whether the file starts with a byte order mark; columns nobody asks for are ignored.
 * Text is read as UTF-8, as the CSV binding requires.
 */
final class CsvTable implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();

    /** One record: its line in the file and its values. */
    record Row(int line, CSVRecord values) {
    }

    private CsvTable(String file, InputStream in) throws IOException {
        this.file = file;
        this.parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.records = parser.iterator();
        Row header = next();
        if (header == null) {
            throw new OneRosterProblem("has an empty " + file + "; export the OneRoster files again");
        }
        for (int i = 0; i < header.values().size(); i++) {
            columns.putIfAbsent(normalise(header.values().get(i)), i);
        }
    }

    /** The file, or null when the bundle does not hold it. */
    static CsvTable open(BundleFiles files, String name) {
        InputStream in = null;
        try {
            in = files.open(name);
            return in == null ? null : new CsvTable(name, in);
        }
        catch (IOException e) {
            closeQuietly(in);
            throw new OneRosterProblem("could not be read (" + name + "); send it again", e);
        }
    }

    String file() {
        return file;
    }

    /** The column of the first of these names the header has (names as the spec writes them), or -1. */
    int column(String... names) {
        for (String name : names) {
            Integer column = columns.get(normalise(name));
            if (column != null) {
                return column;
            }
        }
        return -1;
    }

    /** Like {@link #column} for a column the bundle cannot be read without. */
    int required(String name) {
        int column = column(name);
        if (column < 0) {
            throw new OneRosterProblem("has no " + name + " column in " + file + "; Village reads OneRoster 1.1 "
                    + "and 1.2 bundles, whose " + file + " has one. Export the OneRoster files again");
        }
        return column;
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() {
        while (true) {
            int start = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                for (String value : record) {
                    if (!value.isBlank()) {
                        return new Row(start, record);
                    }
                }
            }
            catch (UncheckedIOException e) {
                throw new OneRosterProblem("has a quoted value that is not closed properly in " + file
                        + " on line " + start + "; check the quotes there and export the files again", e);
            }
        }
    }

    static String value(Row row, int column) {
        return column >= 0 && column < row.values().size() ? row.values().get(column).trim() : "";
    }

    @Override
    public void close() {
        try {
            parser.close();
        }
        catch (IOException e) {
            // Only read from; nothing is lost if closing fails.
        }
    }

    /** Lower case, letters and digits only: "schoolSourcedId", "school_sourced_id" and "\uFEFFSchoolSourcedID" agree. */
    static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            }
            catch (IOException e) {
                // The original failure is the one to report.
            }
        }
    }
}
