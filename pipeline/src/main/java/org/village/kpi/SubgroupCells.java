package org.village.kpi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One window's cells of figures, one per scope (the district, a school, a partnership's participants) and subgroup,
 * found for each student with two lookups: the scope, then the student's profile by identity, whose cells (all
 * students, then each of its subgroups) are listed once per scope. Students share a few thousand profiles
 * ({@link StudentProfiles}); looking a cell up by scope and subgroup for each of a student's subgroups was a quarter
 * of the attendance step at 150,000 students.
 */
final class SubgroupCells<C> {

    /** A cell's place: its scope and subgroup. */
    record Key(String scope, String scopeId, String subgroup) {
    }

    private record Scope(String scope, String scopeId) {
    }

    private final Supplier<C> newCell;
    private final Map<Key, C> cells = new LinkedHashMap<>();
    private final Map<Scope, Map<StudentProfile, List<C>>> byScope = new HashMap<>();

    SubgroupCells(Supplier<C> newCell) {
        this.newCell = newCell;
    }

    /** The cells a student of {@code profile} counts in within a scope: all students first, then each subgroup. */
    List<C> of(String scope, String scopeId, StudentProfile profile) {
        Map<StudentProfile, List<C>> profiles = byScope.computeIfAbsent(new Scope(scope, scopeId),
                s -> new IdentityHashMap<>());
        List<C> found = profiles.get(profile);
        if (found == null) {
            List<String> subgroups = profile.subgroups();
            found = new ArrayList<>(subgroups.size() + 1);
            found.add(cell(scope, scopeId, KpiValue.ALL_STUDENTS));
            for (String subgroup : subgroups) {
                found.add(cell(scope, scopeId, subgroup));
            }
            profiles.put(profile, found);
        }
        return found;
    }

    /** Every cell in the order first counted in. */
    Map<Key, C> cells() {
        return Collections.unmodifiableMap(cells);
    }

    private C cell(String scope, String scopeId, String subgroup) {
        return cells.computeIfAbsent(new Key(scope, scopeId, subgroup), k -> newCell.get());
    }
}
