package org.village.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sample-data/} is the generator's output for the arguments its truth file records: regenerating gives the
 * same files, CSV and JSON byte for byte, workbooks cell for cell (their bytes match too on the same JDK, which is
 * checked first because it is quick; zip compression may differ between JDKs, cell values may not).
 */
class SampleDataRegenerationTest {

    @TempDir
    Path regenerated;

    @Test
    void regeneratingFromTheRecordedArgumentsGivesTheCommittedFiles() throws IOException {
        GeneratorArguments arguments = SampleData.arguments(SampleData.truth());
        new DistrictGenerator(arguments).writeTo(regenerated, "sample-data");

        List<String> committed = GeneratedFiles.list(SampleData.DIR).stream()
                .filter(file -> !file.equals("README.md"))
                .toList();
        assertThat(GeneratedFiles.list(regenerated)).isEqualTo(committed);
        for (String file : committed) {
            Path expected = SampleData.DIR.resolve(file);
            Path actual = regenerated.resolve(file);
            if (Files.mismatch(expected, actual) == -1) {
                continue;
            }
            assertThat(file).as("%s differs byte for byte", file).endsWith("xlsx");
            assertThat(GeneratedFiles.read(regenerated, file)).as(file)
                    .isEqualTo(GeneratedFiles.read(SampleData.DIR, file));
        }
    }

    @Test
    void theReadmeRecordsTheSameCommand() throws IOException {
        String command = SampleData.truth().get("command").asString();

        assertThat(command).startsWith("generate --students ").endsWith(" --out sample-data");
        assertThat(Files.readString(SampleData.DIR.resolve("README.md"))).contains("java -jar pipeline/target/village.jar "
                + command);
    }
}
