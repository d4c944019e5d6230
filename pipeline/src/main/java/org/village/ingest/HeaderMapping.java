package org.village.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each of a dataset's fields sits in a sheet: the result of matching a header row. A header name is claimed by
 * the first field of the dataset that knows it, so "Name" is the school's name in a schools list and a student's
 * name (dropped) in a roster.
 */
record HeaderMapping(Dataset dataset, int headerRowNumber, Map<Field, Integer> columns) {

    /** How many rows at the top of a sheet may hold titles or notes before the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The outcome of looking for a header at the top of a sheet; {@code firstRow} is null for an empty sheet. */
    record Search(Optional<HeaderMapping> header, SheetRow firstRow) {
    }

    /** Reads up to {@link #HEADER_SEARCH_ROWS} non-blank rows from the cursor, stopping at the first header. */
    static Search find(SheetCursor cursor) {
        SheetRow first = null;
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
            SheetRow row = cursor.next();
            if (row == null) {
                break;
            }
            if (first == null) {
                first = row;
            }
            Optional<HeaderMapping> header = match(row);
            if (header.isPresent()) {
                return new Search(header, first);
            }
        }
        return new Search(Optional.empty(), first);
    }

    /** The dataset whose header this row is, if any; where two fit, the one that uses more of the row's columns. */
    static Optional<HeaderMapping> match(SheetRow row) {
        HeaderMapping best = null;
        for (Dataset dataset : Dataset.values()) {
            HeaderMapping candidate = mapFor(dataset, row);
            if (candidate != null && (best == null || candidate.columns.size() > best.columns.size())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static HeaderMapping mapFor(Dataset dataset, SheetRow row) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        String[] cells = row.cells();
        for (int column = 0; column < cells.length; column++) {
            String header = Field.normalise(cells[column]);
            if (header.isEmpty()) {
                continue;
            }
            for (Field field : dataset.fields()) {
                if (!columns.containsKey(field) && field.matches(header)) {
                    columns.put(field, column);
                    break;
                }
            }
        }
        if (!columns.keySet().containsAll(dataset.required())) {
            return null;
        }
        for (var group : dataset.oneOf()) {
            if (group.stream().noneMatch(columns::containsKey)) {
                return null;
            }
        }
        return new HeaderMapping(dataset, row.rowNumber(), columns);
    }

    /** Required columns missing from the best near-miss, for a message on a sheet nobody recognised. */
    static List<String> describeNearMiss(SheetRow row) {
        List<String> misses = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            List<String> missing = new ArrayList<>();
            for (Field field : dataset.required()) {
                boolean found = false;
                for (String cell : row.cells()) {
                    if (field.matches(Field.normalise(cell))) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    missing.add(field.label());
                }
            }
            if (missing.size() < dataset.required().size()) {
                misses.add(dataset.label() + " without " + String.join(", ", missing));
            }
        }
        return misses;
    }
}
