package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ed-Fi JSON Lines files read as parts of another (sections with grades, associations with enrolments): the inbox
 * lists the file they serve, and that file's content includes theirs, so a sections file sent late or corrected makes
 * the grades new content, loaded again, while a file it does not read leaves the grades as they were.
 */
class EdFiPartsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/edfi-jsonl");

    @TempDir
    Path inbox;

    private Path copy(String name, String as) throws IOException {
        return Files.copy(FIXTURES.resolve(name), inbox.resolve(as), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aLateOrCorrectedSectionsFileMakesTheGradesBesideItNewContent() throws IOException {
        Path grades = copy("grades.jsonl", "0101-grades.jsonl");
        String alone = InboxRegistrationTasklet.sha256(grades);

        Path sections = copy("sections.jsonl", "0101-sections.jsonl");
        String withSections = InboxRegistrationTasklet.sha256(grades);
        assertThat(withSections).isNotEqualTo(alone);

        Files.writeString(sections, Files.readString(sections).replace("\"availableCredits\":0.5",
                "\"availableCredits\":1"));
        assertThat(InboxRegistrationTasklet.sha256(grades)).isNotEqualTo(withSections).isNotEqualTo(alone);

        String corrected = InboxRegistrationTasklet.sha256(grades);
        copy("sections.jsonl", "0202-sections.jsonl");
        copy("studentEducationOrganizationAssociations.jsonl", "0101-studentEducationOrganizationAssociations.jsonl");
        assertThat(InboxRegistrationTasklet.sha256(grades)).as("files the grades do not read")
                .isEqualTo(corrected);
    }

    @Test
    void listsTheFileAPartServesAndAPartWithNothingToServe() throws IOException {
        copy("grades.jsonl", "0101-grades.jsonl");
        copy("sections.jsonl", "0101-sections.jsonl");
        copy("sections.jsonl", "0202-sections.jsonl");
        copy("studentSchoolAssociations.jsonl", "studentSchoolAssociations.jsonl");
        copy("studentEducationOrganizationAssociations.jsonl", "studentEducationOrganizationAssociations.jsonl");

        assertThat(InboxFiles.spreadsheets(inbox)).extracting(p -> p.getFileName().toString())
                .containsExactly("0101-grades.jsonl", "0202-sections.jsonl", "studentSchoolAssociations.jsonl");
    }
}
