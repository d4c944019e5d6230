package org.village.kpi;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One window's cells of figures, one per scope (the district, a school, a partnership's participants) and subgroup.
 * A student's cells are found through their scope's own cells, by the subgroup keys of the student's profile, built
 * once per profile: students share a few thousand profiles ({@link StudentProfiles}). A key of scope, id and
 * subgroup, made and hashed for each of the two dozen cells a student counts in, was a quarter of the attendance
 * step at 150,000 students.
 */
final class SubgroupCells<C> {

    /** A cell's place: its scope and subgroup. */
    record Key(String scope, String scopeId, String subgroup) {
    }

    private final Supplier<C> newCell;
    private final Map<Key, C> cells = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, C>>> byScope = new HashMap<>();
    private final Map<StudentProfile, List<String>> subgroups = new IdentityHashMap<>();

    SubgroupCells(Supplier<C> newCell) {
        this.newCell = newCell;
    }

    /** Each cell a student of {@code profile} counts in within a scope: all students first, then each subgroup. */
    void forEach(String scope, String scopeId, StudentProfile profile, Consumer<C> action) {
        Map<String, C> scopeCells = byScope.computeIfAbsent(scope, s -> new HashMap<>())
                .computeIfAbsent(scopeId, id -> new HashMap<>());
        action.accept(cell(scopeCells, scope, scopeId, KpiValue.ALL_STUDENTS));
        for (String subgroup : subgroups.computeIfAbsent(profile, StudentProfile::subgroups)) {
            action.accept(cell(scopeCells, scope, scopeId, subgroup));
        }
    }

    /** Every cell in the order first counted in. */
    Map<Key, C> cells() {
        return Collections.unmodifiableMap(cells);
    }

    private C cell(Map<String, C> scopeCells, String scope, String scopeId, String subgroup) {
        C cell = scopeCells.get(subgroup);
        if (cell == null) {
            cell = newCell.get();
            scopeCells.put(subgroup, cell);
            cells.put(new Key(scope, scopeId, subgroup), cell);
        }
        return cell;
    }
}
