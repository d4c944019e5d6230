package org.village.ingest.edfi;

import java.util.List;

/**
 * What one kind of record in an Ed-Fi file becomes: a table named after the record, with a header of column names
 * Village's header dictionary knows. {@code notUsed} says why records Village reads but does not use are left out
 * (a class period's attendance, a student's name record); it is null for a table that is loaded.
 */
public record EdFiTable(String name, List<String> header, String notUsed) {

    public EdFiTable {
        header = List.copyOf(header);
    }

    static EdFiTable used(String name, List<String> header) {
        return new EdFiTable(name, header, null);
    }

    static EdFiTable notUsed(String name, String reason) {
        return new EdFiTable(name, List.of(), reason);
    }
}
