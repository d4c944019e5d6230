package org.village.ingest.edfi;

import java.util.List;

/** One Ed-Fi record as read from either format: the values found where a column says to look. */
interface EdFiRecord {

    /** The first non-empty value the column finds, or null. */
    String first(RecordKind.Column column);

    /** Every value the column finds, in the record's order: the items of a list such as an association's races. */
    List<String> all(RecordKind.Column column);

    /**
     * True where the record holds the list the column reads, even empty: the Ed-Fi API writes a collection that
     * applies to nothing as {@code []}. XML has no empty list, so there it is true only where the list has items.
     */
    boolean hasList(RecordKind.Column column);
}
