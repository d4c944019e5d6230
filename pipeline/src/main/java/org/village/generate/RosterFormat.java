package org.village.generate;

/**
 * How a generated district sends its schools and rosters: as the district's workbooks, or as one OneRoster 1.1 CSV
 * bundle per school year. Every other file is the same either way.
 */
public enum RosterFormat {
    SPREADSHEETS, ONEROSTER
}
