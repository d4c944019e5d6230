package org.village.ingest.oneroster;

import java.util.List;

/**
 * The tables a bundle is read as, each under a header of column names Village's header dictionary already knows, so
 * that its rows are recognised and checked like any roster or schools list.
 */
public enum BundleTable {

    SCHOOLS("orgs.csv (schools)", List.of("School ID", "School Name")),
    STUDENTS("users.csv (students)", List.of("Student ID", "School ID", "Grade", "Entry Date", "Exit Date", "Gender",
            "Race/Ethnicity")),
    /** The academic sessions of type term, semester or grading period: the real term dates GPA counts from. */
    TERMS("academicSessions.csv (terms)", List.of("Term", "School Year", "Start Date", "End Date"));

    private final String sheetName;
    private final List<String> header;

    BundleTable(String sheetName, List<String> header) {
        this.sheetName = sheetName;
        this.header = header;
    }

    /** Names the file its rows come from, so a reject's row number is a line of that file. */
    public String sheetName() {
        return sheetName;
    }

    public List<String> header() {
        return header;
    }
}
