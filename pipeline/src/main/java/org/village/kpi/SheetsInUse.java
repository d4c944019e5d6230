package org.village.kpi;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * The sheets whose rows count (LOADED: not held back, not replaced by a newer version), for readers that keep the
 * rows of these sheets as they stream a table's rows rather than have the database look up each row's sheet.
 */
final class SheetsInUse {

    private SheetsInUse() {
    }

    static Set<Long> read(JdbcClient jdbc, NamedQueries sql) {
        return new HashSet<>(jdbc.sql(sql.get("sheets-in-use")).query(Long.class).list());
    }
}
