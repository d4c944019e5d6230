package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.ingest.TestWorkbooks;
import org.village.quality.DataWarning;
import org.village.report.ReportContent;
import org.village.report.ReportRenderer;
import org.village.report.ReportTemplates;
import org.village.report.StructureOutline;

/** The monthly job on the embedded H2 database, in files on disk as in production use. */
class H2MonthlyReportJobTest extends MonthlyReportJobTest {

    private static final Path MESSAGES = Path.of("../report-templates");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    ReportContentAssembler assembler;

    @Autowired
    ReportProperties reportProperties;

    /**
     * Every report of the month, rendered in Spanish from what the run assembled, holds no English word of Village's:
     * none of the words the English messages use and the Spanish ones do not (taken from the two files, so a text
     * added in English only is caught too), once what the district sent is set aside (names of schools, partners,
     * files and sheets, and the partner's story, printed as sent). The district has what once came out in English:
     * the money assumptions, race/ethnicity groups, a file not used, a corrected file and, added to the month's
     * warnings, one of each plausibility check. Language does not depend on the database, so this runs on H2 only.
     */
    @Test
    void everyReportOfTheMonthInSpanishHoldsNoEnglishWordOfVillages() throws Exception {
        DistrictFixture.writePartnershipsTo(inbox);
        DistrictFixture.writeRosterWithGroupsTo(inbox);
        TestWorkbooks.workbook().sheet("Notes", List.of(List.of("Topic", "Remark"), List.of("bus", "late")))
                .writeTo(inbox.resolve("district/meeting-notes.xlsx"));
        List<List<Object>> corrected = new ArrayList<>();
        corrected.add(List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Absent"));
        for (int i = 1; i <= 12; i++) {
            corrected.add(List.of(DistrictFixture.id("b", i), "0102", "2026-10-01", "2026-10-31", 20, 0));
        }
        Path correction = inbox.resolve("attendance/0102-2026-10-corrected.xlsx");
        TestWorkbooks.workbook().sheet("Sheet1", corrected).writeTo(correction);
        Files.setLastModifiedTime(correction, FileTime.fromMillis(
                Files.getLastModifiedTime(inbox.resolve("attendance/0102-2026-10.xlsx")).toMillis() + 60_000));

        JobExecution run = jobOperatorTestUtils.startJob(october());
        int position = 100;
        for (DataWarning.Check check : DataWarning.Check.values()) {
            jdbc.sql("INSERT INTO data_warning (report_month, position, check_name, subject, message, "
                    + "job_instance_id, checked_at) VALUES ('2026-10', ?, ?, 'Alder Creek Elementary', "
                    + "'(the data manager''s sentence)', ?, CURRENT_TIMESTAMP)")
                    .params(position++, check.name(), run.getJobInstanceId()).update();
        }
        List<Path> pdfs = new ArrayList<>();
        try {
            MonthFigures month = assembler.load(YearMonth.of(2026, 10), run.getJobInstanceId());
            Map<String, ReportContent> reports = new LinkedHashMap<>();
            reports.put("district", assembler.district(month));
            reports.put("board", assembler.board(month));
            month.schoolNames().keySet().forEach(school -> reports.put("school-" + school,
                    assembler.school(month, school)));
            month.stories().forEach(story -> reports.put("story-" + story.partnershipId(),
                    assembler.story(month, story.partnershipId()).orElseThrow()));
            ReportRenderer spanish = new ReportRenderer(ReportTemplates.load(null, "es"));
            for (Map.Entry<String, ReportContent> report : reports.entrySet()) {
                Path pdf = out.resolve("es/" + report.getKey() + ".pdf");
                spanish.render(report.getValue(), pdf);
                pdfs.add(pdf);
            }
        } finally {
            jdbc.sql("DELETE FROM data_warning WHERE report_month = '2026-10' AND position >= 100").update();
        }
        assertThat(pdfs).extracting(pdf -> pdf.getFileName().toString()).contains("district.pdf", "board.pdf",
                "school-0101.pdf", "school-0102.pdf", "school-0103.pdf", "story-P-001.pdf");

        Set<String> english = wordsOnlyInEnglish();
        List<String> asSent = textsAsSent();
        List<String> found = new ArrayList<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Path pdf : pdfs) {
            StringBuilder all = new StringBuilder();
            for (String text : StructureOutline.texts(pdf)) {
                String own = text.replaceAll("\\s+", " ");
                for (String sent : asSent) {
                    own = own.replace(sent, " ");
                }
                Matcher word = WORD.matcher(own);
                while (word.find()) {
                    if (english.contains(word.group().toLowerCase(Locale.ROOT))) {
                        found.add(pdf.getFileName() + ": '" + word.group() + "' in \"" + text + "\"");
                    }
                }
                all.append(text).append('\n');
            }
            printed.put(pdf.getFileName().toString(), all.toString().replaceAll("\\s+", " "));
        }

        assertThat(english).hasSizeGreaterThan(200).contains("attendance", "students", "assumptions", "pts");
        assertThat(found).isEmpty();
        // What once came out in English is there, in Spanish.
        assertThat(printed.get("board.pdf")).contains("El tiempo voluntario se valora en $34.79 la hora",
                "del 1 de julio de 2026 al 31 de octubre de 2026");
        assertThat(printed.get("district.pdf")).contains("Raza/etnia: Hispano o latino", "Raza/etnia: Blanco",
                "Revisar: Alder Creek Elementary: una tasa de asistencia de octubre de 2026 demasiado alta",
                "No utilizado: district/meeting-notes.xlsx, hoja 'Notes' no se reconoce",
                "attendance/0102-2026-10-corrected.xlsx sustituye a attendance/0102-2026-10.xlsx", "p.\u00a0p.");
        assertThat(printed.get("story-P-001.pdf")).contains("Las cifras detrás de la historia");
    }

    /**
     * The words of the English messages that no Spanish message uses, in lower case: placeholders, one-letter words
     * (the e and g of "e.g.") and abbreviations in capitals (US, GPA) left out.
     */
    private static Set<String> wordsOnlyInEnglish() throws IOException {
        Set<String> english = words("messages_en.properties");
        english.removeAll(words("messages_es.properties"));
        return english;
    }

    private static Set<String> words(String file) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(MESSAGES.resolve(file)), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> words = new TreeSet<>();
        messages.forEach((key, text) -> {
            if (key.equals("language.tag")) {
                return;
            }
            Matcher word = WORD.matcher(((String) text).replaceAll("\\{[^}]*}", " "));
            while (word.find()) {
                String found = word.group();
                if (found.length() > 1 && !found.equals(found.toUpperCase(Locale.ROOT))) {
                    words.add(found.toLowerCase(Locale.ROOT));
                }
            }
        });
        return words;
    }

    /**
     * What the district sent and the reports print as sent, longest first: the district's, schools' and partners'
     * names, the story, and each file and sheet as the reports name them (a sheet only ever beside its file).
     */
    private List<String> textsAsSent() {
        List<String> sent = new ArrayList<>();
        sent.add(reportProperties.districtName());
        sent.addAll(jdbc.sql("SELECT school_name FROM school").query(String.class).list());
        sent.addAll(jdbc.sql("SELECT partner_name FROM partnership").query(String.class).list());
        jdbc.sql("SELECT title, story_text, quote, attribution FROM story WHERE consent = TRUE").query(rs -> {
            for (int column = 1; column <= 4; column++) {
                if (rs.getString(column) != null) {
                    sent.add(rs.getString(column));
                }
            }
        });
        jdbc.sql("SELECT file_name, sheet_name FROM ingest_source").query(rs -> {
            String file = rs.getString("file_name");
            String sheet = rs.getString("sheet_name");
            if (!sheet.isEmpty()) {
                sent.add(file + ", hoja '" + sheet + "'");
                sent.add(file + " (" + sheet + ")");
            }
            sent.add(file);
        });
        return sent.stream().filter(text -> !text.isBlank()).map(text -> text.strip().replaceAll("\\s+", " "))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
