package org.village.ingest.edfi;

import java.util.function.Consumer;

/**
 * What a table's rows take from a {@link Companion}'s records, which are read in full before the table's first row:
 * per student their groups, per section its credits, so memory grows with students or sections, never with the
 * attendance or grade records streamed past.
 */
interface Join {

    /** A table that takes nothing from other records. */
    Join NONE = (cells, record) -> {
    };

    /** Fills the row's joined cells from what was read for the record it comes from. */
    void fill(String[] cells, EdFiRecord record);

    /** Where a reader finds a companion's records: it hands each one, in file order, to the consumer. */
    interface Records {
        void each(Companion companion, Consumer<EdFiRecord> record);
    }

    static Join of(RecordKind kind, Records records) {
        return switch (kind) {
            case ENROLMENT -> StudentGroups.read(records);
            case GRADE -> SectionCredits.read(records);
            default -> NONE;
        };
    }
}
