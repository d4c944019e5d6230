package org.village.generate;

/**
 * What a generator run wrote: schools in the district, distinct students on the rosters written, spreadsheet files
 * written, and data rows across all attendance summaries (planted bad rows included).
 */
public record GenerationSummary(int schools, int students, int files, long attendanceRows) {
}
