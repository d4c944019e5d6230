package org.village;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties a district's database between tests: every table Village's migrations made, found in the schema rather
 * than listed, so that a table a later migration adds (stored history, the figure ledger, baselines) cannot carry one
 * test's figures into the next. The job repository's and Flyway's own tables are kept; a test clears its job
 * executions through Spring Batch's test utilities.
 */
public final class DistrictDatabase {

    private DistrictDatabase() {
    }

    public static void empty(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type = 'BASE TABLE' "
                + "AND LOWER(table_name) NOT LIKE 'batch\\_%' ESCAPE '\\' "
                + "AND LOWER(table_name) <> 'flyway_schema_history' ORDER BY 1").query(String.class).list();
        String product = jdbc.sql("SELECT 1").query((resultSet, row) -> resultSet.getStatement().getConnection()
                .getMetaData().getDatabaseProductName()).single();
        if (product.equals("H2")) {
            jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
            try {
                tables.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
            }
            finally {
                jdbc.sql("SET REFERENTIAL_INTEGRITY TRUE").update();
            }
        }
        else {
            jdbc.sql("TRUNCATE TABLE " + String.join(", ", tables) + " CASCADE").update();
        }
    }
}
