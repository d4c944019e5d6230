package org.village.ingest;

import java.util.List;
import java.util.Map;

/**
 * One sheet of one file as a run saw it: what it was taken for, how its columns were read ("AttendanceCode →
 * attendance code; all_day → ignored"), what became of it (LOADED, HELD, UNRECOGNISED, UNREADABLE, REPLACED) and
 * its rows read, loaded and rejected, with rejects counted by reason; {@code replaces}: the earlier versions it took
 * the place of.
 */
public record FileSummary(String fileName, String sheetName, String dataset, int headerRow, String columnsRead,
        String status, int rowsRead, int rowsLoaded, int rowsRejected, Map<String, Integer> rejectsByReason,
        String problem, List<String> replaces) {

    /** True when anything in the sheet was not used. */
    public boolean hasProblems() {
        return rowsRejected > 0 || !("LOADED".equals(status) || "REPLACED".equals(status));
    }
}
