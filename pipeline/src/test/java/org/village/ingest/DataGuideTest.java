package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DataGuideTest {

    private static final Path COMMITTED = Path.of("../docs/data-guide.md");

    @Test
    void theCommittedGuideIsWhatTheDictionarySays() throws IOException {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/data-guide.md is out of date: regenerate it with "
                        + "`java -jar pipeline/target/village.jar guide > docs/data-guide.md`")
                .isEqualTo(DataGuide.markdown());
    }

    @Test
    void listsEveryDatasetAndEveryHeaderNameTheReadersAccept() {
        String guide = DataGuide.markdown();

        for (Dataset dataset : Dataset.values()) {
            assertThat(guide).contains("### " + Character.toUpperCase(dataset.label().charAt(0))
                    + dataset.label().substring(1));
            for (Field field : dataset.fields()) {
                field.names().forEach(name -> assertThat(guide).contains("`" + name + "`"));
            }
        }
        assertThat(guide).contains("| excused |", "`AE`", "| B+ | 3.3 |");
    }
}
