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

    /** The outcome of looking for a header at the top of a sheet: the header, or why none was taken. */
    record Search(Optional<HeaderMapping> header, String problem) {
    }

    /** Reads up to {@link #HEADER_SEARCH_ROWS} non-blank rows from the cursor, stopping at the first header. */
    static Search find(SheetCursor cursor, HeaderDictionary dictionary) {
        SheetRow first = null;
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
            SheetRow row = cursor.next();
            if (row == null) {
                break;
            }
            if (first == null) {
                first = row;
            }
            List<HeaderMapping> candidates = candidates(row, dictionary);
            if (candidates.size() == 1) {
                return new Search(Optional.of(candidates.get(0)), null);
            }
            if (candidates.size() > 1) {
                return new Search(Optional.empty(), "has a header that fits " + candidates.get(0).dataset().label()
                        + " and " + candidates.get(1).dataset().label() + " equally well; rename the columns so it "
                        + "is clear which it is");
            }
        }
        if (first == null) {
            return new Search(Optional.empty(), "is empty");
        }
        List<String> nearMisses = describeNearMiss(first, dictionary);
        return new Search(Optional.empty(), "has no header row Village recognises in its first "
                + HEADER_SEARCH_ROWS + " rows" + (nearMisses.isEmpty() ? "" : " (closest: "
                        + String.join("; ", nearMisses) + ")")
                + "; rename the columns, or add the district's names for them to the configuration");
    }

    /** The dataset whose header this row is, if exactly one fits best. */
    static Optional<HeaderMapping> match(SheetRow row, HeaderDictionary dictionary) {
        List<HeaderMapping> candidates = candidates(row, dictionary);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The datasets this row is a header for that use the most of its columns (ties are all returned). */
    private static List<HeaderMapping> candidates(SheetRow row, HeaderDictionary dictionary) {
        List<HeaderMapping> best = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            HeaderMapping candidate = mapFor(dataset, row, dictionary);
            if (candidate == null) {
                continue;
            }
            if (best.isEmpty() || candidate.columns.size() > best.get(0).columns.size()) {
                best.clear();
                best.add(candidate);
            }
            else if (candidate.columns.size() == best.get(0).columns.size()) {
                best.add(candidate);
            }
        }
        return best;
    }

    private static HeaderMapping mapFor(Dataset dataset, SheetRow row, HeaderDictionary dictionary) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        String[] cells = row.cells();
        for (int column = 0; column < cells.length; column++) {
            String header = Field.normalise(cells[column]);
            if (header.isEmpty()) {
                continue;
            }
            for (Field field : dataset.fields()) {
                if (!columns.containsKey(field) && dictionary.matches(field, header)) {
                    columns.put(field, column);
                    break;
                }
            }
        }
        if (!columns.keySet().containsAll(dataset.required())) {
            return null;
        }
        if (!dataset.oneOf().isEmpty() && dataset.oneOf().stream().noneMatch(columns::containsKey)) {
            return null;
        }
        return new HeaderMapping(dataset, row.rowNumber(), columns);
    }

    /** Datasets the row partly fits, with the required columns it lacks. */
    static List<String> describeNearMiss(SheetRow row, HeaderDictionary dictionary) {
        List<String> misses = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            List<String> missing = new ArrayList<>();
            for (Field field : dataset.required()) {
                boolean found = false;
                for (String cell : row.cells()) {
                    if (dictionary.matches(field, Field.normalise(cell))) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    missing.add(field.label());
                }
            }
            if (missing.size() < dataset.required().size() && missing.size() <= 2) {
                misses.add(dataset.label() + " without " + String.join(", ", missing));
            }
        }
        return misses;
    }
}
