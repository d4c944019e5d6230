package org.village.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids a reference list has named so far, so that a second row with the same id (after trimming: "0101 " is
 * "0101") is rejected rather than merged over the first, which would silently rename a school or partner. One per
 * sheet: the processors that hold one are step-scoped, and each sheet loads in a step of its own.
 */
final class ListedIds {

    private final Map<String, Integer> firstRow = new HashMap<>();

    String once(Field field, String id, int row, String what) {
        Integer first = firstRow.putIfAbsent(id, row);
        if (first != null && first != row) {
            throw RowChecks.reject(field, id, RejectReason.DUPLICATE_ID, "The " + what + " '" + id + "' is listed "
                    + "twice in this list (first on row " + first + "); keep one row per " + what
                    + ", or the second would silently replace the first.");
        }
        return id;
    }
}
