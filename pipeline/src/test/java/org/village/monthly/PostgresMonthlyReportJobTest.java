package org.village.monthly;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly job on PostgreSQL, in a schema of its own that is dropped afterwards. Skipped unless
 * {@code VILLAGE_TEST_PG_URL} holds a JDBC URL (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}); set
 * {@code VILLAGE_TEST_PG_USER} / {@code VILLAGE_TEST_PG_PASSWORD} if the server needs them. {@code .ci/run} sets it.
 */
@EnabledIfEnvironmentVariable(named = "VILLAGE_TEST_PG_URL", matches = ".+",
        disabledReason = "set VILLAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test to run the job on PostgreSQL")
class PostgresMonthlyReportJobTest extends MonthlyReportJobTest {

    private static final String SCHEMA = "village_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static String url() {
        return System.getenv("VILLAGE_TEST_PG_URL");
    }

    static String user() {
        return System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", "");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()))
                .execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url",
                () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresMonthlyReportJobTest::user);
        registry.add("spring.datasource.password", PostgresMonthlyReportJobTest::password);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheSchema() {
        new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()))
                .execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
}
