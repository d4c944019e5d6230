package org.village.ingest;

import java.util.Map;

/**
 * One sheet of one file as a run saw it: what it was taken for, what became of it (LOADED, HELD, UNRECOGNISED,
 * UNREADABLE, REPLACED) and its rows read, loaded and rejected, with rejects counted by reason.
 */
public record FileSummary(String fileName, String sheetName, String dataset, String status, int rowsRead,
        int rowsLoaded, int rowsRejected, Map<String, Integer> rejectsByReason, String problem) {

    /** True when anything in the sheet was not used. */
    public boolean hasProblems() {
        return rowsRejected > 0 || !("LOADED".equals(status) || "REPLACED".equals(status));
    }
}
