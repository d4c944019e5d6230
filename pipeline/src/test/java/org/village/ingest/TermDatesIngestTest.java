package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.monthly.InboxValidation;

/**
 * A district's own term dates list, a CSV file with a term, its first and last day and no school or school year,
 * through the ingest steps into H2 on disk, then the same list sent again corrected.
 */
@SpringBootTest(classes = VillageApplication.class)
class TermDatesIngestTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    InboxValidation validation;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static void write(Path inbox, String name, Instant modified, String... lines) throws IOException {
        Path file = inbox.resolve(name);
        Files.write(file, List.of(lines));
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @Test
    void loadsEachTermForEveryReadsItsSchoolYearFromItsLastDayAndTakesACorrectedListInstead() throws IOException {
        write(first, "terms.csv", Instant.parse("2025-11-10T08:00:00Z"), "Term,Start Date,End Date",
                "Q1,2025-08-25,2025-11-07", "Q2,2025-11-10,2026-01-23");
        write(first, "spring-terms.csv", Instant.parse("2025-11-10T08:00:00Z"), "Term,Start Date,End Date",
                "Q3,2026-03-27,2026-01-26");

        InboxValidation.Outcome outcome = validation.validate(first);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.files()).extracting(FileSummary::fileName, FileSummary::dataset, FileSummary::status,
                FileSummary::rowsLoaded, FileSummary::rowsRejected).containsExactly(
                        tuple("spring-terms.csv", "term dates", "HELD", 0, 1),
                        tuple("terms.csv", "term dates", "LOADED", 2, 0));
        assertThat(jdbc.sql("SELECT r.source_row || ' ' || r.reason_code || ' ' || r.reason FROM ingest_reject r")
                .query(String.class).list()).singleElement().asString()
                .startsWith("2 DATES_REVERSED The term ends (2026-01-26) before it starts (2026-03-27)");
        assertThat(terms()).containsExactly("- 2025-26 Q1 2025-11-07 LOADED", "- 2025-26 Q2 2026-01-23 LOADED");

        write(second, "terms.csv", Instant.parse("2025-11-20T08:00:00Z"), "Term,Start Date,End Date",
                "Q1,2025-08-25,2025-11-07", "Q2,2025-11-10,2026-01-30", "Q3,2026-02-02,2026-03-27");
        assertThat(validation.validate(second).files()).singleElement()
                .satisfies(file -> assertThat(file.replaces()).containsExactly("terms.csv, sheet 'terms'"));

        assertThat(terms()).containsExactly("- 2025-26 Q1 2025-11-07 LOADED", "- 2025-26 Q1 2025-11-07 REPLACED",
                "- 2025-26 Q2 2026-01-23 REPLACED", "- 2025-26 Q2 2026-01-30 LOADED",
                "- 2025-26 Q3 2026-03-27 LOADED");
    }

    private List<String> terms() {
        return jdbc.sql("SELECT COALESCE(t.school_id, '-') || ' ' || t.school_year || ' ' || t.term || ' ' "
                + "|| t.end_date || ' ' || s.status FROM term_date t JOIN ingest_source s "
                + "ON s.source_id = t.source_id ORDER BY 1").query(String.class).list();
    }
}
