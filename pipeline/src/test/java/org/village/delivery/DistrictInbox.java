package org.village.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.DistrictDatabase;
import org.village.ingest.TestWorkbooks;
import org.village.monthly.DistrictFixture;
import org.village.output.MonthFolder;

/**
 * The hand-worked district of {@link DistrictFixture} with a distribution list, for the tests of delivery, restart
 * and the schedule; and an empty database to run it against.
 */
public final class DistrictInbox {

    /** Name, e-mail, receives: one line of the distribution list each. */
    public static final List<List<Object>> RECIPIENTS = List.of(
            List.of("Ana Superintendent", "ana@district.example", "district"),
            List.of("José Nguyễn", "jose@alder.example", "school:0101"),
            List.of("Zoë Ōtsuka", "zoe@marti.example", "school:0102"),
            List.of("Board Clerk", "board@district.example", "board"),
            List.of("Pat Twohats", "pat@district.example", "school:0101"),
            List.of("Pat Twohats", "PAT@district.example", "district"),
            List.of("Nobody Known", "ghost@nowhere.example", "school:9999"));

    private DistrictInbox() {
    }

    public static void writeTo(Path inbox, List<List<Object>> recipients) throws IOException {
        DistrictFixture.writeTo(inbox);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Name", "E-mail", "Receives"));
        rows.addAll(recipients);
        TestWorkbooks.workbook().sheet("Distribution", rows).writeTo(inbox.resolve("distribution-list.xlsx"));
    }

    /**
     * Until school dashboards are rendered by the monthly job itself, a school's dashboard is put where
     * {@code MonthFolder} says it goes, as the renderer would leave it.
     */
    public static Path placeSchoolDashboard(Path out, String schoolId) throws IOException {
        Path file = new MonthFolder(out, YearMonth.of(2026, 10)).schoolDashboard(schoolId);
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("School dashboard " + schoolId);
            document.save(file.toFile());
        }
        return file;
    }

    public static void emptyDatabase(JobRepositoryTestUtils jobRepository, JdbcClient jdbc) {
        jobRepository.removeJobExecutions();
        DistrictDatabase.empty(jdbc);
    }
}
