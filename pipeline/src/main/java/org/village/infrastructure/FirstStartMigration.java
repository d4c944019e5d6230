package org.village.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema, and sets an H2 database up again from empty when its first set-up was cut off. H2 cannot roll
 * back DDL, and alters a table by copying it, so a process killed while it creates a new work folder's tables leaves
 * a migration half made (every later start failed on it, "Detected failed migration") or a table's constraints
 * pointing at a copy left behind (every later load failed on a foreign key). A database in which no job has ever run
 * and no file is registered holds nothing a district sent, so while it still has migrations to apply it is emptied
 * (Flyway's clean) and migrated from the start. One that holds anything is never emptied. PostgreSQL rolls a failed
 * migration back whole, so it needs none of this.
 */
@Component
class FirstStartMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(FirstStartMigration.class);

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        if (info.pending().length > 0 && isEmptyH2(flyway.getConfiguration().getDataSource())) {
            // Even with nothing recorded as applied: a kill inside the first migration leaves its tables unrecorded.
            if (info.applied().length > 0) {
                log.warn("The database was set up only in part and no run has used it yet: it is set up again "
                        + "from empty.");
            }
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
        }
        flyway.migrate();
        UpgradeBackup.discard(url(flyway.getConfiguration().getDataSource()));
    }

    private static String url(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's address: " + e.getMessage(), e);
        }
    }

    /**
     * An H2 database that holds nothing: no job has run in it and no file is registered in it (either table may not
     * be made yet).
     */
    private static boolean isEmptyH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName())
                    && isEmpty(connection, "BATCH_JOB_INSTANCE") && isEmpty(connection, "INGEST_SOURCE");
        }
        catch (SQLException e) {
            return false;
        }
    }

    private static boolean isEmpty(Connection connection, String table) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1) == 0;
        }
        catch (SQLException notMadeYet) {
            return true;
        }
    }
}
