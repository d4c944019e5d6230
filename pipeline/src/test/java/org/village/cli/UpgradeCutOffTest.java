package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.infrastructure.WorkDatabase;

/**
 * A new version of Village upgrades the tables of a work folder that holds a district's runs. H2 cannot roll back
 * DDL, so a power cut part-way through the upgrade used to leave a database that every later start failed on
 * ("Duplicate column name"). Now the same command puts the database back as it was before the upgrade and upgrades
 * it again, keeping the district's runs. The upgrade here is a test migration that a system property halts between
 * its two statements, in a JVM of its own.
 */
class UpgradeCutOffTest {

    private static final String WITH_THE_UPGRADE = "--spring.flyway.locations=classpath:db/common,"
            + "classpath:db/{vendor},classpath:org/village/upgradetest";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void anUpgradeCutOffPartWayIsMadeAgainFromTheDatabaseAsItWasBefore() throws Exception {
        Path work = dir.resolve("work");
        assertThat(commandLine.execute(new String[] { "status", "--workdir", work.toString() })).isZero();
        try (Connection db = WorkDatabase.open(work);
                Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                    + "VALUES (1, 0, 'monthlyReport', 'key')");
        }

        Process cutOff = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dvillage.test.halt-in-upgrade=true", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                VillageApplication.class.getName(), "status", "--workdir", work.toString(), WITH_THE_UPGRADE)
                .redirectErrorStream(true).redirectOutput(dir.resolve("cut-off.log").toFile()).start();
        assertThat(cutOff.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(cutOff.exitValue()).as(Files.readString(dir.resolve("cut-off.log"))).isEqualTo(137);

        int code = commandLine.execute(new String[] { "status", "--workdir", work.toString(), WITH_THE_UPGRADE });

        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        try (Connection db = WorkDatabase.open(work);
                Statement statement = db.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '900' "
                    + "AND \"success\"")).as("the upgrade is recorded once, as done").isOne();
            assertThat(count(statement, "SELECT COUNT(*) FROM upgrade_test")).as("its second statement ran").isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("the district's runs are kept")
                    .isOne();
        }
        try (Stream<Path> files = Files.list(work.resolve("db"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the copy taken before the upgrade is removed once it is done")
                    .noneMatch(name -> name.contains("before-upgrade"));
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
