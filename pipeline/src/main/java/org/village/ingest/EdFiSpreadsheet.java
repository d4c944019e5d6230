package org.village.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.village.ingest.edfi.EdFiFile;
import org.village.ingest.edfi.EdFiInterchange;
import org.village.ingest.edfi.EdFiJsonLines;
import org.village.ingest.edfi.EdFiProblem;
import org.village.ingest.edfi.EdFiRow;
import org.village.ingest.edfi.EdFiRows;
import org.village.ingest.edfi.EdFiTable;

/**
 * An Ed-Fi file (an XML interchange or an API resource as JSON Lines) seen as a spreadsheet: one sheet per kind of
 * record, whose first row is a header of the column names Village knows, so that the same recognition, checks,
 * rejects and restarts apply as to any spreadsheet. The header is row 0; each record's row number is the line it
 * starts on in the file, which is where a data manager opening the file finds it (or the next number after the
 * previous record's, where records share a line, as in XML written without line breaks).
 */
final class EdFiSpreadsheet implements Spreadsheet {

    private static final int HEADER_ROW = 0;

    private final EdFiFile file;

    private EdFiSpreadsheet(EdFiFile file) {
        this.file = file;
    }

    static EdFiSpreadsheet interchange(Path path) {
        return new EdFiSpreadsheet(readable(() -> EdFiInterchange.open(path)));
    }

    static EdFiSpreadsheet jsonLines(Path path) {
        return new EdFiSpreadsheet(readable(() -> EdFiJsonLines.open(path)));
    }

    @Override
    public List<String> sheetNames() {
        return file.tables().stream().map(EdFiTable::name).toList();
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public String notUsed(int sheetIndex) {
        return file.tables().get(sheetIndex).notUsed();
    }

    @Override
    public SheetCursor openSheet(int sheetIndex) {
        EdFiTable table = file.tables().get(sheetIndex);
        EdFiRows rows = readable(() -> file.open(sheetIndex));
        return new SheetCursor() {
            private boolean headerGiven = table.header().isEmpty();
            private int lastRow = HEADER_ROW;
            /** Past the last record the XML reader has nothing left to read; asked again, the sheet is still over. */
            private boolean ended;

            @Override
            public SheetRow next() {
                if (!headerGiven) {
                    headerGiven = true;
                    return new SheetRow(HEADER_ROW, table.header().toArray(String[]::new));
                }
                if (ended) {
                    return null;
                }
                EdFiRow row = readable(rows::next);
                if (row == null) {
                    ended = true;
                    return null;
                }
                lastRow = Math.max(row.line(), lastRow + 1);
                return new SheetRow(lastRow, row.cells());
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    @Override
    public void close() {
        // Each table's rows hold their own file handle, closed with their cursor.
    }

    private static <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        }
        catch (EdFiProblem problem) {
            throw new SpreadsheetProblem(problem.getMessage(), problem);
        }
    }
}
