package org.village.generate;

/**
 * How a generated district's student information system exports: the district's workbooks; one OneRoster 1.1 CSV
 * bundle per school year for the schools and rosters; or the Ed-Fi API's JSON Lines per school year for the schools,
 * rosters, daily attendance and course marks. Every other file is the same whichever it is.
 */
public enum ExportFormat {
    SPREADSHEETS, ONEROSTER, EDFI_JSONL
}
