package org.village.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reports say about the data behind a month: every sheet in use for it, of every dataset, with its rows
 * loaded and rejected; schools
 * that sent no attendance, active partnerships that sent no participation, and files or sheets that could not be
 * used, each with its status; and which corrected files replaced earlier versions. Counts and file names only:
 * never a student id.
 */
public record DataReceived(List<SheetReceived> sheets,
        List<String> schoolsWithoutAttendance, List<String> partnershipsWithoutParticipation,
        List<UnusedSheet> problems, List<Replacement> replacements) {

    /**
     * A sheet in use for the month: its id in {@code ingest_source}, its dataset ({@code DAILY_ATTENDANCE}), whom it
     * is for ({@code sender}: a school id, a partnership id, or {@code district} for a sheet of several or of the
     * district office) and its rows loaded and rejected.
     */
    public record SheetReceived(long sourceId, String dataset, String sender, long rowsLoaded, long rowsRejected) {
    }

    /**
     * A file or sheet a run could not use ({@code sheetName} empty for a file without named sheets) and its status:
     * UNRECOGNISED, UNREADABLE, HELD or REFUSED, and whom it is for where that is known ({@code sender}, else null).
     * The reason in words is in the run's summary, for the data manager.
     */
    public record UnusedSheet(String fileName, String sheetName, String status, String sender) {
    }

    /**
     * A corrected file in use for the month, the version it replaced, the day the corrected one came, and whom it is
     * for.
     */
    public record Replacement(String used, String replaced, LocalDate receivedOn, String sender) {
    }
}
