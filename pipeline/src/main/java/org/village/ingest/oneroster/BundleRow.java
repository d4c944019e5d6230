package org.village.ingest.oneroster;

/**
 * One row of a bundle table: {@code line} is the line of the bundle's file it comes from (orgs.csv or users.csv),
 * cells follow the table's header. A row the join could not complete carries its problem: the column (an index into
 * the header), the value at fault and why, for the rejects table.
 */
public record BundleRow(int line, String[] cells, Problem problem) {

    /** Why a row cannot be used. {@code value} is never a student id: it is an org id, a date or empty. */
    public record Problem(int column, String value, Kind kind, String message) {
    }

    /** Named after the reject reasons they become. */
    public enum Kind { MISSING_VALUE, BAD_DATE, UNKNOWN_SCHOOL }
}
