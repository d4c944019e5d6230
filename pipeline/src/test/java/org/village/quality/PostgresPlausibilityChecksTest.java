package org.village.quality;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The plausibility checks on PostgreSQL, in a schema of its own that is dropped afterwards. Skipped unless
 * {@code VILLAGE_TEST_PG_URL} holds a JDBC URL, as for {@code PostgresMonthlyReportJobTest}.
 */
@EnabledIfEnvironmentVariable(named = "VILLAGE_TEST_PG_URL", matches = ".+",
        disabledReason = "set VILLAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test to run it on PostgreSQL")
class PostgresPlausibilityChecksTest extends PlausibilityChecksTest {

    private static final String SCHEMA = "village_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @TempDir
    static Path workdir;

    private static String url() {
        return System.getenv("VILLAGE_TEST_PG_URL");
    }

    private static JdbcTemplate server() {
        return new JdbcTemplate(new DriverManagerDataSource(url(),
                System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", "")));
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        server().execute("CREATE SCHEMA " + SCHEMA);
        registry.add("village.workdir", () -> workdir.toString());
        registry.add("spring.datasource.url",
                () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username",
                () -> System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password",
                () -> System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", ""));
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheSchema() {
        server().execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
}
