package org.village.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.village.ingest.ColumnEvidence.Fit;
import org.village.ingest.HeaderDictionary.MatchTier;

/**
 * Where each of a dataset's fields sits in a sheet: the result of matching a header row. Which column fills a field
 * is decided by evidence, never by position: the district's own header name for the field always wins, then a
 * header that is the field's own name, then a synonym; among columns the header cannot separate, the values under
 * it decide (a column of Yes/No is no attendance code). Where even the values cannot tell, the sheet is not read and
 * the message names both headers and the setting that picks one. {@code dropped}: every column of student names,
 * which are recognised only so that they are never read.
 */
record HeaderMapping(Dataset dataset, int headerRowNumber, Map<Field, Integer> columns, List<String> headers,
        List<Integer> dropped) {

    /** How many rows at the top of a sheet may hold titles or notes before the header. */
    static final int HEADER_SEARCH_ROWS = 10;
    /** Rows under the header whose values are evidence of what each column holds. */
    static final int SAMPLE_ROWS = 100;

    int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    /**
     * The outcome of looking for a header at the top of a sheet: the header, or why none was taken, and the rows
     * read under it as evidence, which the caller reads before the rest of the sheet.
     */
    record Search(Optional<HeaderMapping> header, String problem, List<SheetRow> sampled) {
    }

    /**
     * Reads up to {@link #HEADER_SEARCH_ROWS} non-blank rows from the cursor, stopping at the first header, then up
     * to {@link #SAMPLE_ROWS} rows under it to decide between columns whose headers fit a field equally.
     */
    static Search find(SheetCursor cursor, HeaderDictionary dictionary, ColumnEvidence evidence, boolean date1904) {
        SheetRow closest = null;
        int closestFit = -1;
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
            SheetRow row = cursor.next();
            if (row == null) {
                break;
            }
            int fit = knownHeaders(row, dictionary);
            if (fit > closestFit) {
                closest = row;
                closestFit = fit;
            }
            List<HeaderMapping> candidates = candidates(row, dictionary);
            if (candidates.size() > 1) {
                return new Search(Optional.empty(), "has a header that fits " + candidates.get(0).dataset().label()
                        + " and " + candidates.get(1).dataset().label() + " equally well; rename the columns so it "
                        + "is clear which it is", List.of());
            }
            if (candidates.size() == 1) {
                List<SheetRow> sampled = new ArrayList<>();
                for (SheetRow next = cursor.next(); next != null; next = cursor.next()) {
                    sampled.add(next);
                    if (sampled.size() == SAMPLE_ROWS) {
                        break;
                    }
                }
                Assignment assignment = assign(candidates.get(0).dataset(), row, sampled, dictionary, evidence,
                        date1904);
                return assignment.problem() == null
                        ? new Search(Optional.of(assignment.mapping()), null, sampled)
                        : new Search(Optional.empty(), assignment.problem(), sampled);
            }
        }
        if (closest == null) {
            return new Search(Optional.empty(), "is empty", List.of());
        }
        List<String> nearMisses = describeNearMiss(closest, dictionary);
        return new Search(Optional.empty(), "has no header row Village recognises in its first "
                + HEADER_SEARCH_ROWS + " rows" + (nearMisses.isEmpty() ? "" : " (closest, row " + closest.rowNumber()
                        + ": " + String.join("; ", nearMisses) + ")")
                + "; rename the columns, or add the district's names for them to the configuration", List.of());
    }

    /** The dataset whose header this row is, if exactly one fits best, with its columns placed by header alone. */
    static Optional<HeaderMapping> match(SheetRow row, HeaderDictionary dictionary) {
        List<HeaderMapping> candidates = candidates(row, dictionary);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The datasets this row is a header for that use the most of its columns (ties are all returned). */
    private static List<HeaderMapping> candidates(SheetRow row, HeaderDictionary dictionary) {
        List<HeaderMapping> best = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            Assignment assignment = assign(dataset, row, List.of(), dictionary, null, false);
            HeaderMapping candidate = assignment.mapping();
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

    private record Assignment(HeaderMapping mapping, String problem) {
    }

    /** {@code rank}: the header's place among the field's built-in names, which settles ties of text fields. */
    private record Candidate(int column, MatchTier tier, int rank, Fit fit) {
    }

    /**
     * Gives each of the dataset's fields its column. Fields whose best header is strongest choose first, so a
     * configured name or a field's own name is never taken by another field's synonym. Without evidence (while
     * recognising the dataset) ties go to the leftmost column; with evidence, a tie the values cannot break is a
     * problem for the data manager to settle.
     */
    private static Assignment assign(Dataset dataset, SheetRow header, List<SheetRow> sampled,
            HeaderDictionary dictionary, ColumnEvidence evidence, boolean date1904) {
        String[] cells = header.cells();
        Map<Field, List<Candidate>> byField = new LinkedHashMap<>();
        for (Field field : dataset.fields()) {
            List<Candidate> found = new ArrayList<>();
            for (int column = 0; column < cells.length; column++) {
                String name = Field.normalise(cells[column]);
                MatchTier tier = dictionary.tier(field, name);
                if (tier != null) {
                    found.add(new Candidate(column, tier, field.rank(name), evidence == null ? Fit.NO_EVIDENCE
                            : evidence.fit(field, values(sampled, column), date1904)));
                }
            }
            if (!found.isEmpty()) {
                byField.put(field, found);
            }
        }
        List<Field> order = new ArrayList<>(byField.keySet());
        order.sort(Comparator.comparing((Field f) -> byField.get(f).stream().map(Candidate::tier)
                .min(Comparator.naturalOrder()).orElseThrow()));
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        List<Integer> dropped = new ArrayList<>();
        for (Field field : order) {
            List<Candidate> open = byField.get(field).stream()
                    .filter(c -> !columns.containsValue(c.column()) && !dropped.contains(c.column())).toList();
            if (open.isEmpty()) {
                continue;
            }
            if (dataset.drops(field)) {
                open.forEach(c -> columns.putIfAbsent(field, c.column()));
                dropped.addAll(open.stream().map(Candidate::column).toList());
                continue;
            }
            List<Candidate> chosen = strongest(field, open);
            if (chosen.size() > 1 && evidence != null) {
                chosen = breakTie(field, chosen, sampled);
                if (chosen.size() > 1) {
                    return new Assignment(null, "has " + chosen.size() + " columns that could be the "
                            + field.label() + ": " + chosen.stream().map(c -> "'" + cells[c.column()].trim() + "'")
                                    .collect(Collectors.joining(" and "))
                            + ", and their values do not say which; set " + HeaderDictionary.settingFor(field)
                            + " to the header of the right one");
                }
            }
            columns.put(field, chosen.get(0).column());
        }
        if (!columns.keySet().containsAll(dataset.required())
                || (!dataset.oneOf().isEmpty() && dataset.oneOf().stream().noneMatch(columns::containsKey))) {
            return new Assignment(null, null);
        }
        return new Assignment(new HeaderMapping(dataset, header.rowNumber(), columns, List.of(cells), dropped), null);
    }

    /**
     * The candidates a data manager would pick: a configured name outright; otherwise, leaving out columns whose
     * values plainly are something else (unless that leaves nothing), those whose header names the field most
     * strongly. For a field any text can fill (a course, a name) the values cannot judge, and the built-in name
     * listed first wins ("Course_Number" over "Course_Name"); so it does for credits, where attempted credits weigh a
     * mark in GPA and earned credits would leave every failed course out.
     */
    private static List<Candidate> strongest(Field field, List<Candidate> open) {
        List<Candidate> configured = open.stream().filter(c -> c.tier() == MatchTier.CONFIGURED).toList();
        if (!configured.isEmpty()) {
            return configured;
        }
        List<Candidate> plausible = open.stream().filter(c -> c.fit() != Fit.DOES_NOT_FIT).toList();
        List<Candidate> pool = plausible.isEmpty() ? open : plausible;
        Comparator<Candidate> strength = ColumnEvidence.shape(field) == ColumnEvidence.Shape.TEXT
                || field == Field.CREDITS
                ? Comparator.comparing(Candidate::tier).thenComparingInt(Candidate::rank)
                : Comparator.comparing(Candidate::tier);
        Candidate best = pool.stream().min(strength).orElseThrow();
        return pool.stream().filter(c -> strength.compare(c, best) == 0).toList();
    }

    /**
     * Columns with equally strong headers: the one whose values fit, if only one does; for marks, the letter grade
     * (what the transcript prints) over a percentage, the rule the guide states.
     */
    private static List<Candidate> breakTie(Field field, List<Candidate> tied, List<SheetRow> sampled) {
        List<Candidate> fitting = tied.stream().filter(c -> c.fit() == Fit.FITS).toList();
        if (fitting.size() == 1) {
            return fitting;
        }
        List<Candidate> pool = fitting.isEmpty() ? tied : fitting;
        if (field == Field.MARK) {
            List<Candidate> letters = pool.stream()
                    .filter(c -> ColumnEvidence.holdsLetters(values(sampled, c.column()))).toList();
            if (letters.size() == 1) {
                return letters;
            }
        }
        return pool;
    }

    private static List<String> values(List<SheetRow> rows, int column) {
        List<String> values = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            values.add(row.cell(column));
        }
        return values;
    }

    /** How many of the row's cells name some field of some dataset: how header-like the row is. */
    private static int knownHeaders(SheetRow row, HeaderDictionary dictionary) {
        int known = 0;
        for (String cell : row.cells()) {
            String header = Field.normalise(cell);
            if (header.isEmpty()) {
                continue;
            }
            for (Field field : Field.values()) {
                if (dictionary.matches(field, header)) {
                    known++;
                    break;
                }
            }
        }
        return known;
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
            if (missing.isEmpty()) {
                misses.add(dataset.label() + ", but one column cannot be both " + dataset.required().stream()
                        .map(Field::label).collect(Collectors.joining(" and ")));
            }
            else if (missing.size() < dataset.required().size() && missing.size() <= 2) {
                misses.add(dataset.label() + " without " + String.join(", ", missing));
            }
        }
        return misses;
    }

    /**
     * How the sheet is read, column by column, for the data manager: "AttendanceCode → attendance code; all_day →
     * ignored". Student names say they are never read.
     */
    String describe() {
        Map<Integer, Field> byColumn = new LinkedHashMap<>();
        columns.forEach((field, column) -> byColumn.put(column, field));
        StringJoiner out = new StringJoiner("; ");
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column).strip().replaceAll("\\s+", " ");
            if (header.isEmpty()) {
                continue;
            }
            Field field = byColumn.get(column);
            out.add(header + " → " + (dropped.contains(column) ? "never read (student name)"
                    : field == null ? "ignored" : field.label()));
        }
        return out.toString();
    }

    /** The placed columns as stored with the sheet, so every later read uses exactly the columns shown. */
    String columnMap() {
        return columns.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<Field, Integer> parseColumnMap(String stored) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (String entry : stored.split(",")) {
            int equals = entry.indexOf('=');
            columns.put(Field.valueOf(entry.substring(0, equals)), Integer.parseInt(entry.substring(equals + 1)));
        }
        return columns;
    }
}
