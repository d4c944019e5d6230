package org.village.kpi;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2AttendanceMonthsTest extends AttendanceMonthsTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }
}
