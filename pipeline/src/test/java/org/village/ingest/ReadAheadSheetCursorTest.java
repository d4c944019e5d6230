package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadSheetCursorTest {

    /** More rows than the batches waiting ahead can hold, so the parser has to wait for the loader. */
    private static final int ROWS = 3 * ReadAheadSheetCursor.BATCH_ROWS * ReadAheadSheetCursor.BATCHES + 7;

    @TempDir
    Path folder;

    @Test
    void givesTheSameRowsInTheSameOrderAsTheSheetReadDirectly() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Student ID", "Date", "Attendance Code"));
        for (int i = 0; i < ROWS; i++) {
            rows.add(i % 1000 == 999 ? List.of() : List.of("S" + i, 46300 + i % 20, i % 7 == 0 ? "AE" : "P"));
        }
        Path file = TestWorkbooks.workbook().sheet("Attendance", rows).writeTo(folder.resolve("attendance.xlsx"));

        assertThat(readAhead(file)).isEqualTo(direct(file)).hasSize(ROWS + 1 - ROWS / 1000);
    }

    @Test
    void aProblemPartWayArrivesAfterTheRowsBeforeItWithTheSameMessage() throws Exception {
        StringBuilder csv = new StringBuilder("Student ID,Attendance Code\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("S").append(i).append(",P\n");
        }
        csv.append("S-last,\"P\n");
        Path file = Files.writeString(folder.resolve("attendance.csv"), csv);
        String direct = problemAfterRows(file, false);

        assertThat(problemAfterRows(file, true)).isEqualTo(direct).startsWith((ROWS + 1) + " rows, then: has a "
                + "quoted value that is not closed properly in the record starting on line " + (ROWS + 2));
    }

    @Test
    void closingPartWayStopsTheParsingThread() throws Exception {
        StringBuilder csv = new StringBuilder("Student ID,Attendance Code\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("S").append(i).append(",P\n");
        }
        Path file = Files.writeString(folder.resolve("attendance.csv"), csv);
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            SheetCursor cursor = new ReadAheadSheetCursor(spreadsheet.openSheet(0), "test-read-ahead");
            assertThat(cursor.next().cells()).containsExactly("Student ID", "Attendance Code");
            cursor.close();
        }

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("test-read-ahead"));
    }

    private static List<String> direct(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file); SheetCursor cursor = spreadsheet.openSheet(0)) {
            return all(cursor);
        }
    }

    private static List<String> readAhead(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
                SheetCursor cursor = new ReadAheadSheetCursor(spreadsheet.openSheet(0), "test-read-ahead")) {
            return all(cursor);
        }
    }

    private static List<String> all(SheetCursor cursor) {
        List<String> rows = new ArrayList<>();
        for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
            rows.add(row.rowNumber() + ": " + String.join("|", row.cells()));
        }
        return rows;
    }

    private static String problemAfterRows(Path file, boolean readAhead) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
                SheetCursor cursor = readAhead ? new ReadAheadSheetCursor(spreadsheet.openSheet(0), "test-read-ahead")
                        : spreadsheet.openSheet(0)) {
            int rows = 0;
            while (true) {
                try {
                    if (cursor.next() == null) {
                        return rows + " rows, then the end";
                    }
                    rows++;
                }
                catch (SpreadsheetProblem problem) {
                    return rows + " rows, then: " + problem.getMessage();
                }
            }
        }
    }
}
