package org.village.ingest;

import java.util.List;

/**
 * What the reports say about the data behind a month: attendance files used, their rows loaded and rejected, schools
 * that sent no attendance, active partnerships that sent no participation, and files or sheets that could not be
 * used, each with its reason; and which corrected files replaced earlier versions. Counts and file names only:
 * never a student id.
 */
public record DataReceived(int attendanceFiles, long rowsLoaded, long rowsRejected,
        List<String> schoolsWithoutAttendance, List<String> partnershipsWithoutParticipation, List<String> problems,
        List<String> replacements) {
}
