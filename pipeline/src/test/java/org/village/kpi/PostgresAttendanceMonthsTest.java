package org.village.kpi;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AttendanceMonthsTest} on PostgreSQL, in a schema of its own that is dropped afterwards. */
@EnabledIfEnvironmentVariable(named = "VILLAGE_TEST_PG_URL", matches = ".+",
        disabledReason = "set VILLAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test to run on PostgreSQL")
class PostgresAttendanceMonthsTest extends AttendanceMonthsTest {

    private static final String SCHEMA = "village_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static String url() {
        return System.getenv("VILLAGE_TEST_PG_URL");
    }

    private static String user() {
        return System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", "");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        new JdbcTemplate(new DriverManagerDataSource(url(), user(), password())).execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url",
                () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresAttendanceMonthsTest::user);
        registry.add("spring.datasource.password", PostgresAttendanceMonthsTest::password);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheSchema() {
        new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()))
                .execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
}
