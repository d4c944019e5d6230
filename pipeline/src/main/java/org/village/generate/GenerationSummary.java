package org.village.generate;

/**
 * What a generator run wrote: schools in the district, distinct students on the rosters written, files written, data
 * rows across all files (headers, titles and blank rows not counted; planted bad rows counted) and of those the
 * attendance rows, daily or monthly.
 */
public record GenerationSummary(int schools, int students, int files, long rows, long attendanceRows) {
}
