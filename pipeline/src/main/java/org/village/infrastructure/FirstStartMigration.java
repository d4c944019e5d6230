package org.village.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema, and sets up an H2 database again from empty when its very first set-up was cut off. H2 cannot
 * roll back DDL, so a process killed while it creates a new work folder's tables leaves some of them made, and every
 * later start failed on the half-made migration ("Detected failed migration"). A database in which no job has ever
 * run holds nothing a district sent, so it is emptied (Flyway's clean) and migrated afresh. One in which a job has run
 * is never emptied: its failure stands, and is reported as it is. PostgreSQL rolls a failed migration back whole, so
 * it needs none of this.
 */
@Component
class FirstStartMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(FirstStartMigration.class);

    @Override
    public void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        }
        catch (FlywayException e) {
            if (!isEmptyH2(flyway.getConfiguration().getDataSource())) {
                throw e;
            }
            log.warn("The database's first set-up was cut off ({}); it held nothing yet, so it is set up again from "
                    + "empty.", FailureMessage.oneLine(e));
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        }
    }

    /** An H2 database in which no job has run: its job repository's table is missing or has no instance. */
    private static boolean isEmptyH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")) {
                count.next();
                return count.getLong(1) == 0;
            }
            catch (SQLException noJobRepository) {
                return true;
            }
        }
        catch (SQLException e) {
            return false;
        }
    }
}
