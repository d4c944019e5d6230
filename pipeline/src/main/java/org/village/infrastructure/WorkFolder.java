package org.village.infrastructure;

import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the work folder and its logs folder owner-only before logging starts, since the log file is the first thing
 * written there and its folder would otherwise be made world-readable.
 */
public class WorkFolder implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        // After application.yml and the command line are read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String workdir = environment.getProperty("village.workdir");
        if (workdir != null) {
            OwnerOnly.createDirectories(Path.of(workdir).resolve("logs"));
        }
    }
}
