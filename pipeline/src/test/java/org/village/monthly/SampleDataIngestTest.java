package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.ingest.FileSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The generated sample district through ingest: every row the generator planted as bad (sample-data/truth.json) is
 * rejected for the right reason at the file, row and column it names, and nothing else is rejected or left unused.
 */
@SpringBootTest(classes = VillageApplication.class)
class SampleDataIngestTest {

    private static final Path SAMPLE = Path.of("../sample-data");

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

    private static List<FileSummary> files;

    @BeforeAll
    static void validateTheSampleOnce(@Autowired InboxValidation validation) {
        InboxValidation.Outcome outcome = validation.validate(SAMPLE);
        assertThat(outcome.failure()).isNull();
        files = outcome.files();
    }

    private record Reject(String file, String sheet, int row, String column, String reason) {
    }

    @Test
    void rejectsExactlyThePlantedRowsForTheirReasons() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(Files.readString(SAMPLE.resolve("truth.json")));
        List<Reject> planted = new ArrayList<>();
        for (JsonNode row : truth.get("planted_rows")) {
            String problem = row.get("problem").asString();
            String reason = problem.contains("attendance code") ? "UNKNOWN_ATTENDANCE_CODE"
                    : problem.contains("days present") ? "PRESENT_ABOVE_ENROLLED"
                    : problem.contains("days absent") ? "ABSENT_ABOVE_ENROLLED"
                    : problem.contains("matches no student") ? "UNKNOWN_STUDENT" : problem;
            planted.add(new Reject(row.get("file").asString(),
                    row.get("sheet").isNull() ? null : row.get("sheet").asString(), row.get("row").asInt(), null,
                    reason));
        }

        List<Reject> rejected = jdbc.sql("SELECT s.file_name, s.sheet_name, r.source_row, r.reason_code "
                        + "FROM ingest_reject r JOIN ingest_source s ON s.source_id = r.source_id")
                .query((rs, i) -> new Reject(rs.getString("file_name"),
                        rs.getString("file_name").endsWith(".csv") ? null : rs.getString("sheet_name"),
                        rs.getInt("source_row"), null, rs.getString("reason_code")))
                .list();

        assertThat(rejected).containsExactlyInAnyOrderElementsOf(planted);
    }

    @Test
    void recognisesAndUsesEverySheetOfTheSample() {
        assertThat(files).isNotEmpty();
        assertThat(files).allSatisfy(file -> assertThat(file.status())
                .as("%s, sheet '%s': %s", file.fileName(), file.sheetName(), file.problem()).isEqualTo("LOADED"));
        Map<String, Object> counts = jdbc.sql("SELECT (SELECT COUNT(*) FROM daily_attendance) AS daily, "
                + "(SELECT COUNT(*) FROM course_mark) AS marks, (SELECT COUNT(*) FROM participation) AS sessions, "
                + "(SELECT COUNT(*) FROM story) AS stories, (SELECT COUNT(*) FROM recipient) AS recipients")
                .query().singleRow();
        assertThat(counts.values()).allSatisfy(count -> assertThat(((Number) count).longValue()).isPositive());
    }
}
