package org.village.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Decides which sheets shaped like a schools list or a partnership registry are the district's. Anything with a
 * "School ID" and a "School Name" column looks like a schools list (Chicago's published attendance file does), and
 * loading one that is not the district's would rename schools or fill the reports with strangers. A list is the
 * district's when it holds most of the ids the district's other files use: the rosters', attendance and marks'
 * schools and the partnerships' schools served, the partner files' partnership ids (as registration reads them), and
 * the ids of the lists already in use. A list that holds too few is refused, with the numbers that
 * decided it; when nothing says which of several lists is the district's, all of them are refused by name.
 */
final class ReferenceLists {

    /** Share of the ids in use that the district's list must hold. */
    static final double DISTRICTS_SHARE = 0.5;

    /** A sheet shaped like a reference list, with every id it lists. */
    record Candidate(String sha256, int sheetIndex, String label, Dataset dataset, Set<String> ids) {
    }

    /** A candidate that is not loaded, and why, in the words the summary prints after the sheet's name. */
    record Refusal(Candidate candidate, String problem) {
    }

    private final Map<Dataset, Set<String>> used = new EnumMap<>(Dataset.class);
    private final List<Candidate> candidates = new ArrayList<>();

    static boolean isReferenceList(Dataset dataset) {
        return dataset == Dataset.SCHOOLS || dataset == Dataset.PARTNERSHIPS;
    }

    private static Field idField(Dataset list) {
        return list == Dataset.SCHOOLS ? Field.SCHOOL_ID : Field.PARTNERSHIP_ID;
    }

    /**
     * What notes the ids a registered sheet uses, row by row as registration reads it: a list's own ids and the
     * schools its partnerships serve, any other sheet's school and partnership ids.
     */
    Consumer<SheetRow> observer(String sha256, int sheetIndex, String label, HeaderMapping header) {
        if (isReferenceList(header.dataset())) {
            Set<String> ids = new LinkedHashSet<>();
            candidates.add(new Candidate(sha256, sheetIndex, label, header.dataset(), ids));
            int idColumn = header.column(idField(header.dataset()));
            int served = header.column(Field.SCHOOLS_SERVED);
            return row -> {
                add(ids, row.cell(idColumn));
                if (served >= 0) {
                    for (String school : row.cell(served).split("[;,|/]")) {
                        add(used(Dataset.SCHOOLS), school);
                    }
                }
            };
        }
        int school = header.column(Field.SCHOOL_ID);
        int partnership = header.column(Field.PARTNERSHIP_ID);
        return row -> {
            if (school >= 0) {
                add(used(Dataset.SCHOOLS), row.cell(school));
            }
            if (partnership >= 0) {
                add(used(Dataset.PARTNERSHIPS), row.cell(partnership));
            }
        };
    }

    private Set<String> used(Dataset list) {
        return used.computeIfAbsent(list, d -> new HashSet<>());
    }

    private static void add(Set<String> ids, String raw) {
        String id = CellValues.identifier(raw);
        if (!id.isEmpty()) {
            ids.add(id);
        }
    }

    /**
     * @param inUse the ids of each list the district already uses (empty for a new district)
     * @return the candidates not to load
     */
    List<Refusal> refusals(Map<Dataset, Set<String>> inUse) {
        List<Refusal> refusals = new ArrayList<>();
        for (Dataset list : List.of(Dataset.SCHOOLS, Dataset.PARTNERSHIPS)) {
            List<Candidate> lists = candidates.stream().filter(c -> c.dataset() == list).toList();
            if (lists.isEmpty()) {
                continue;
            }
            Set<String> evidence = new HashSet<>(used(list));
            evidence.addAll(inUse.getOrDefault(list, Set.of()));
            if (evidence.isEmpty()) {
                if (lists.size() > 1) {
                    String names = lists.stream().map(Candidate::label).collect(Collectors.joining(", "));
                    lists.forEach(c -> refusals.add(new Refusal(c, "is one of " + lists.size() + " "
                            + list.label() + " lists that arrived together (" + names + "), and nothing else in the "
                            + "inbox says which is the district's; keep the district's in the inbox and remove the "
                            + "others")));
                }
                continue;
            }
            for (Candidate candidate : lists) {
                long held = evidence.stream().filter(candidate.ids()::contains).count();
                if (held < DISTRICTS_SHARE * evidence.size()) {
                    refusals.add(new Refusal(candidate, "looks like a " + list.label() + " list, but it holds only "
                            + held + " of the " + evidence.size() + " " + idField(list).label() + "s the district's "
                            + "files use (it lists " + candidate.ids().size() + "), so it was not loaded as the "
                            + "district's list; if it is the district's new list, send it together with the files "
                            + "that use its ids"));
                }
            }
        }
        return refusals;
    }
}
