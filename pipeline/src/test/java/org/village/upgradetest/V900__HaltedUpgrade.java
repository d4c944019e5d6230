package org.village.upgradetest;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An upgrade of two statements, for {@code org.village.cli.UpgradeCutOffTest}: with {@code village.test.halt-in-upgrade}
 * set, the JVM halts between them, as a power cut part-way through a real upgrade would stop it.
 */
public class V900__HaltedUpgrade extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE school ADD COLUMN upgrade_test INT");
            if (Boolean.getBoolean("village.test.halt-in-upgrade")) {
                Runtime.getRuntime().halt(137);
            }
            statement.execute("CREATE TABLE upgrade_test (id INT)");
        }
    }
}
