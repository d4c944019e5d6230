package org.village.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Pulls a CSV file's records one at a time from Commons CSV's parser, which reads from a buffered reader and keeps
 * only the current record. A row's number is the line on which its record starts, as a text editor counts lines:
 * a value with line breaks inside quotes makes the next record start further down.
 */
final class CsvSheetCursor implements SheetCursor {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvSheetCursor(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    @Override
    public SheetRow next() {
        while (true) {
            // Between records the parser has consumed the previous line end, so its count is the lines before this one.
            int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            try {
                if (!records.hasNext()) {
                    return null;
                }
                SheetRow row = new SheetRow(line, records.next().values());
                if (!row.isBlank()) {
                    return row;
                }
            }
            catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw new SpreadsheetProblem("could not be read from the inbox folder; send it again", e);
                }
                throw new SpreadsheetProblem("has a quoted value that is not closed properly in the record starting on "
                        + "line " + line + "; check the quotes there, or open the file in Excel and save it again as "
                        + "CSV", e);
            }
        }
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
}
