package org.village.quality;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plausibility checks on the embedded H2 database, in files on disk as in production use. */
class H2PlausibilityChecksTest extends PlausibilityChecksTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }
}
