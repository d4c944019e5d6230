package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;

/**
 * Issue 20: a process killed while it sets up a new work folder's database leaves a migration half made (H2 cannot
 * roll back DDL). Every later start then failed on it; now a database in which no job ever ran is set up again from
 * empty, and one that holds runs is never emptied.
 */
class FirstStartMigrationTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    /** Migrated to V2, then V3's first statement made, as a kill part-way through V3 leaves it. */
    private String halfMigrated() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("work/db/village").toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/common", "classpath:db/h2")
                .target("2").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("ALTER TABLE ingest_source ADD COLUMN sender VARCHAR(200)");
        }
        return url;
    }

    @Test
    void aFirstSetUpCutOffIsMadeAgainFromEmpty() throws Exception {
        halfMigrated();

        int code = commandLine.execute(new String[] { "status", "--workdir", dir.resolve("work").toString() });

        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        try (Connection db = WorkDatabase.open(dir.resolve("work"));
                Statement statement = db.createStatement();
                ResultSet failed = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
            failed.next();
            assertThat(failed.getLong(1)).as("failed migrations left").isZero();
        }
    }

    @Test
    void aFirstMigrationCutOffBeforeFlywayRecordedItIsMadeAgainFromEmpty() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("work/db/village").toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY)");
        }

        int code = commandLine.execute(new String[] { "status", "--workdir", dir.resolve("work").toString() });

        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void aDatabaseThatHoldsRunsIsNeverEmptied() throws Exception {
        String url = halfMigrated();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                    + "VALUES (1, 0, 'monthlyReport', 'key')");
        }

        int code = commandLine.execute(new String[] { "status", "--workdir", dir.resolve("work").toString() });

        assertThat(code).isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .as("one line, no statement").doesNotContain("\tat ");
        try (Connection db = WorkDatabase.open(dir.resolve("work"));
                Statement statement = db.createStatement();
                ResultSet runs = statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")) {
            runs.next();
            assertThat(runs.getLong(1)).as("the district's runs are kept").isEqualTo(1);
        }
    }
}
