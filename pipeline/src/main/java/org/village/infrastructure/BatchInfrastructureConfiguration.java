package org.village.infrastructure;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring Batch declared once, apart from the jobs: a JDBC job repository in the application's database (H2 files in
 * the work folder by default, PostgreSQL in production), so every run's history survives the process and a failed
 * month can be restarted. The {@code BATCH_*} tables come from a Flyway migration, not from Batch itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
class BatchInfrastructureConfiguration {

    /** Static, as a post-processor must be, so the data source it settles is made after it. */
    @Bean
    static H2Storage h2Storage(Environment environment) {
        return new H2Storage(environment);
    }

    /** The one clock reports date themselves by; tests replace it to get stable output. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The crash tests' hook, only where {@code village.halt-at} is set (never in a district's configuration). */
    @Bean
    @ConditionalOnProperty("village.halt-at")
    static HaltPoints haltPoints(Environment environment) {
        return new HaltPoints(environment.getRequiredProperty("village.halt-at"),
                Path.of(environment.getRequiredProperty("village.halt-log")));
    }
}
