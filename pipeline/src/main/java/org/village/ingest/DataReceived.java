package org.village.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reports say about the data behind a month: attendance files used, their rows loaded and rejected, schools
 * that sent no attendance, active partnerships that sent no participation, and files or sheets that could not be
 * used, each with its status; and which corrected files replaced earlier versions. Counts and file names only:
 * never a student id.
 */
public record DataReceived(int attendanceFiles, long rowsLoaded, long rowsRejected,
        List<String> schoolsWithoutAttendance, List<String> partnershipsWithoutParticipation,
        List<UnusedSheet> problems, List<Replacement> replacements) {

    /**
     * A file or sheet a run could not use ({@code sheetName} empty for a file without named sheets) and its status:
     * UNRECOGNISED, UNREADABLE, HELD or REFUSED. The reason in words is in the run's summary, for the data manager.
     */
    public record UnusedSheet(String fileName, String sheetName, String status) {
    }

    /** A corrected file in use for the month, the version it replaced, and the day the corrected one came. */
    public record Replacement(String used, String replaced, LocalDate receivedOn) {
    }
}
