package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same arguments give the same files, whatever runs before or in parallel; other arguments, other files. */
class GeneratorDeterminismTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static GeneratorArguments small(long seed, YearMonth through) {
        return GeneratorArguments.of(300, 3, seed, through);
    }

    @Test
    void theSameArgumentsWriteTheSameBytes() throws IOException {
        new DistrictGenerator(small(7, SEPTEMBER)).writeTo(first, "out");
        new DistrictGenerator(small(7, SEPTEMBER)).writeTo(second, "out");

        List<String> files = GeneratedFiles.list(first);
        assertThat(files).hasSizeGreaterThan(40).isEqualTo(GeneratedFiles.list(second));
        for (String file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1);
        }
    }

    @Test
    void anotherSeedMakesAnotherDistrict() throws IOException {
        new DistrictGenerator(small(7, SEPTEMBER)).writeTo(first, "out");
        new DistrictGenerator(small(8, SEPTEMBER)).writeTo(second, "out");

        assertThat(GeneratedFiles.read(second, "roster-2025-26.xlsx"))
                .isNotEqualTo(GeneratedFiles.read(first, "roster-2025-26.xlsx"));
    }

    @Test
    void writingALaterMonthOfTheSameYearLeavesEarlierFilesUnchanged() throws IOException {
        new DistrictGenerator(small(7, SEPTEMBER)).writeTo(first, "out");
        new DistrictGenerator(small(7, YearMonth.of(2026, 11))).writeTo(second, "out");

        List<String> earlier = GeneratedFiles.list(first).stream()
                .filter(file -> file.startsWith("attendance/") || file.startsWith("grades/2025-26/")
                        || file.startsWith("partners/"))
                .filter(file -> !file.contains(SEPTEMBER.toString()))
                .toList();
        assertThat(earlier).hasSizeGreaterThan(30);
        assertThat(earlier).allSatisfy(file -> assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                .as(file).isEqualTo(-1));
        assertThat(Files.mismatch(first.resolve("roster-2025-26.xlsx"), second.resolve("roster-2025-26.xlsx")))
                .isEqualTo(-1);
    }
}
