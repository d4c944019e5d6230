package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.village.VillageApplication;
import org.village.monthly.DistrictFixture;

/**
 * {@code validate} changes nothing, on PostgreSQL too, however the district's database is configured. It used to drop
 * only {@code --spring.datasource.*} arguments, so with the database in {@code SPRING_DATASOURCE_URL}, as the README
 * recommends for production, it migrated and registered files in the production database. The command runs in a JVM
 * of its own to have that environment variable.
 */
@EnabledIfEnvironmentVariable(named = "VILLAGE_TEST_PG_URL", matches = ".+",
        disabledReason = "set VILLAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test to run it on PostgreSQL")
class ValidateOnPostgresTest {

    private static final String URL = System.getenv("VILLAGE_TEST_PG_URL");
    private static final String USER = System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", "");

    private final String schema = "village_validate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final JdbcTemplate postgres = new JdbcTemplate(new DriverManagerDataSource(URL, USER, PASSWORD));

    @TempDir
    Path dir;

    @AfterEach
    void dropTheSchema() {
        postgres.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void leavesTheDatabaseInTheEnvironmentUntouched() throws Exception {
        postgres.execute("CREATE SCHEMA " + schema);
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        ProcessBuilder validate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), VillageApplication.class.getName(), "validate",
                "--inbox", inbox.toString(), "--workdir", dir.resolve("work").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("validate.log").toFile());
        Map<String, String> environment = validate.environment();
        environment.put("SPRING_DATASOURCE_URL", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        environment.put("SPRING_DATASOURCE_USERNAME", USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
        environment.put("SPRING_FLYWAY_DEFAULT_SCHEMA", schema);

        Process process = validate.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        String said = Files.readString(dir.resolve("validate.log"));
        assertThat(process.exitValue()).as(said).isEqualTo(VillageCommandLine.INPUT_PROBLEMS);
        assertThat(said).as("the check itself ran").contains("district-2026-27.xlsx");
        assertThat(postgres.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?",
                Long.class, schema)).as("tables made in the district's database").isZero();
    }
}
