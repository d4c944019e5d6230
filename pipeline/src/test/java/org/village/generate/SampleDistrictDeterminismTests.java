package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDistrictDeterminismTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void theSameSeedAndMonthWriteTheSameFilesWithTheSameCells() throws IOException {
        new SampleDistrictGenerator(20261, OCTOBER).writeTo(first);
        new SampleDistrictGenerator(20261, OCTOBER).writeTo(second);

        List<Path> files = GeneratedFiles.list(first);
        assertThat(files).isNotEmpty().isEqualTo(GeneratedFiles.list(second));
        for (Path file : files) {
            assertThat(GeneratedFiles.cells(second.resolve(file)))
                    .as(file.toString())
                    .isEqualTo(GeneratedFiles.cells(first.resolve(file)));
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1);
        }
    }

    @Test
    void anotherSeedMakesAnotherDistrict() throws IOException {
        new SampleDistrictGenerator(20261, OCTOBER).writeTo(first);
        new SampleDistrictGenerator(20262, OCTOBER).writeTo(second);

        assertThat(GeneratedFiles.cells(second.resolve("roster-2025-26.xlsx")))
                .isNotEqualTo(GeneratedFiles.cells(first.resolve("roster-2025-26.xlsx")));
    }

    @Test
    void writingLaterMonthsLeavesEarlierMonthsUnchanged() throws IOException {
        new SampleDistrictGenerator(20261, OCTOBER).writeTo(first);
        new SampleDistrictGenerator(20261, YearMonth.of(2027, 1)).writeTo(second);

        List<Path> earlier = GeneratedFiles.list(first).stream()
                .filter(file -> file.startsWith("attendance") && file.getParent().getFileName().toString()
                        .compareTo(OCTOBER.toString()) < 0)
                .toList();
        assertThat(earlier).hasSize(4 * (11 + 2));
        for (Path file : earlier) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1);
        }
        assertThat(Files.mismatch(first.resolve("roster-2025-26.xlsx"), second.resolve("roster-2025-26.xlsx")))
                .isEqualTo(-1);
    }
}
