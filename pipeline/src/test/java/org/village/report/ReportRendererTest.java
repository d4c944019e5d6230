package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.village.report.ReportContent.SchoolRow;

@ExtendWith(OutputCaptureExtension.class)
class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer(Dashboards.TEMPLATES);

    @TempDir
    Path dir;

    @Test
    void printsWhatAReaderChecks() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        String text = text(pdf);
        assertThat(text).contains(Dashboards.DISTRICT, "Monthly dashboard", "October 2026",
                "Data through October 31, 2026", "Generated November 2, 2026");
        assertThat(text).contains("94.1%", "12.4%", "3,024", "2.91", "\u22120.3 pts since last month",
                "+0.5 pts since the baseline year", "+124 since last month");
        assertThat(text).contains("École José Martí", "Nguyễn Trãi Academy", "Zoë Baldwin Elementary",
                Dashboards.SUPPRESSED_SCHOOL, "1,024");
        assertThat(lineWith(text, Dashboards.SUPPRESSED_SCHOOL)).contains("n<10").doesNotContain("%");
        int pages = pages(pdf);
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
                Dashboards.DISTRICT + " \u00b7 Monthly dashboard \u00b7 October 2026");
        assertThat(text).contains("Days present / days enrolled, summed over students.",
                "enrolled at least 10 school days in the school year to date who missed",
                "Figures based on fewer than 10 students are not shown (n<10)");
        assertThat(lineWith(text, "Daily attendance")).endsWith("8 58,472 17");
        assertThat(lineWith(text, "All data")).endsWith("14 61,482 17");
        assertThat(text).contains("Sheets Rows loaded Rows rejected",
                "No attendance received for October 2026 from: Oak Park Elementary.",
                "No participation received for October 2026 from: Riverbend Food Bank.",
                "Not used: daily_attendance_lincoln.xlsx could not be read.",
                "The run's summary says what is wrong with each file not used, and what to do.");
        assertThat(text).contains("n<10: based on fewer than 10 students, so not shown");
    }

    @Test
    void theScorecardAndEquitySectionsWordEffectsAsEstimatesAndGapsInPoints() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        String text = text(pdf);
        assertThat(lineWith(text, "+2.1 pts")).contains("148", "+2.1 pts (+0.4 to +3.8)", "At risk");
        assertThat(lineWith(text, "\u22120.5 pts")).contains("61", "(\u22122.0 to +1.0)", "None yet");
        assertThat(lineWith(text, "Zoë's Reading Buddies")).contains("n<10");
        assertThat(text).contains("Effects are estimates", "not proof that the partnership caused it");
        assertThat(lineWith(text, "Grade K")).contains("92.1%", "\u22122.0 pts", "15.0%");
        assertThat(lineWith(text, "English learners")).contains("92.5%", "\u22121.6 pts");
        assertThat(lineWith(text, "In foster care")).contains("n<10").doesNotContain("%");
    }

    /**
     * Page 1 of the board packet answers the board's question for each partnership, worked by hand from
     * {@link Dashboards#board()}: committed and received side by side, students served, cost per student, and the
     * effects on attendance and on GPA with their intervals, each with its cost per unit gained only where the
     * interval lies above zero (P-001: $6.20 a day; $19,370.60 / (0.12 × 148) = $1,091 a GPA point), "no clear change
     * yet" where it includes zero (P-002's attendance), and nothing for a group too small to show (P-003).
     */
    @Test
    void theBoardPacketSaysWhatEachPartnershipCostAndWhatStudentsGainedOnPageOne() throws IOException {
        Path pdf = dir.resolve("board.pdf");
        renderer.render(Dashboards.board(), pdf);

        String page1;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            page1 = text(document, 1);
        }
        assertThat(page1).contains("What it cost and what students gained, school year to date", "Committed",
                "Received");
        assertThat(lineWith(page1, "$25,000")).startsWith("Big Brothers").contains("$14,500", "148", "$131",
                "+2.1 pts", "+0.12");
        assertThat(page1).contains("(+0.4 to +3.8)", "(+0.03 to +0.21)");
        assertThat(lineWith(page1, "$6.20")).contains("per day");
        assertThat(lineWith(page1, "$1,091")).contains("per");
        assertThat(lineWith(page1, "$10,000")).startsWith("Riverbend Food").contains("$8,000", "61", "$138",
                "\u22120.5 pts");
        assertThat(page1).contains("(\u22122.0 to +1.0)", "No clear change yet");
        assertThat(lineWith(page1, "Zoë's Reading Buddies")).contains("$500", "n<10");
        assertThat(lineWith(page1, "All partnerships")).contains("$35,000", "$23,000", "215", "$132");
        String text = text(pdf);
        assertThat(text).contains("What the partnership registry says the district and the partner committed",
                "Investment / (effect on GPA \u00d7 students served)");
    }

    /**
     * Every goal of every partnership, not only the first, each labelled: its KPI, target, date, where the
     * partnership stands, the share achieved and the status, with the rule for the status among the definitions.
     */
    @Test
    void theDashboardPrintsEveryGoalLabelledWithItsTargetAndStatusRule() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);
        renderer.render(Dashboards.school(), dir.resolve("school.pdf"));

        String text = text(pdf);
        assertThat(text).contains("Progress to each partnership goal, year to date", "Goal", "Target", "By",
                "Status");
        assertThat(lineWith(text, "98.0%")).startsWith("Big Brothers").contains("Attendance rate", "95.0%",
                "Jun 30, 2027", "93.1%", "At risk");
        assertThat(lineWith(text, "98.7%")).startsWith("Big Brothers").contains("Students served", "150", "148",
                "On track");
        assertThat(lineWith(text, "7.5%")).startsWith("Riverbend Food Bank").contains("Volunteer hours", "400", "30",
                "Off track");
        assertThat(lineWith(text, "Not measured")).startsWith("Zoë's Reading Buddies").contains("Average GPA",
                "3.00", "n<10");
        assertThat(text.replaceAll("\\s+", " ")).contains("Goal status",
                "A rate or an average is on track at 100% or more, at risk from 90%, otherwise off track.");
    }

    @Test
    void describesTheDocument() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(Dashboards.DISTRICT + " \u2014 Monthly dashboard, October 2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void chartsAreVectorWithRealText() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        Resources found = new Resources();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                walk(page.getResources(), found);
            }
        }
        assertThat(found.images).as("raster images: the logo alone").isEqualTo(1);
        assertThat(found.imagesInForms).as("raster images inside charts").isZero();
        assertThat(found.forms).as("form XObjects holding the charts").isGreaterThanOrEqualTo(2);
        assertThat(found.fonts).as("every font, chart text included, is the embedded Liberation Sans")
                .isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans(-Bold)?"));
        // Axis label, month ticks and legend exist only inside the chart forms.
        assertThat(text(pdf)).contains("Attendance rate (%)", "Aug", "Jun", "2025\u201326", "95.8%");
    }

    @Test
    void manySchoolsBreakAcrossPagesWithTheHeaderRepeated() throws IOException {
        Path pdf = dir.resolve("forty.pdf");
        renderer.render(Dashboards.withSchools(40), pdf);

        Pattern tableRow = Pattern.compile("Test School \\d\\d 1,0\\d\\d ");
        List<Integer> pagesWithRows = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = text(document, page);
                if (tableRow.matcher(text).find()) {
                    pagesWithRows.add(page);
                    assertThat(text).as("page %d", page).containsPattern("School Students")
                            .contains("Attendance rate", "Chronic", "absenteeism", "(year to date)");
                }
            }
            String all = text(document, 0);
            for (int i = 1; i <= 40; i++) {
                assertThat(all).containsPattern(String.format("Test School %02d 1,%03d ", i, i));
            }
        }
        assertThat(pagesWithRows).hasSizeGreaterThan(1);
    }

    @Test
    void aStoryTooLongForItsPageIsCutAfterAWholeSentenceAndTheRunSaysSo(CapturedOutput log) throws IOException {
        ReportContent story = Dashboards.story();
        StringBuilder text = new StringBuilder();
        for (int sentence = 1; sentence <= 60; sentence++) {
            text.append("Sentence ").append(sentence).append(" tells how the mentors met the students every week, "
                    + "what they read together and how the school noticed the change.")
                    .append(sentence % 6 == 0 ? "\n\n" : " ");
        }
        Path pdf = dir.resolve("story.pdf");

        renderer.render(story.withStory(story.story().withText(text.toString())), pdf);

        assertThat(pages(pdf)).isEqualTo(1);
        String printed = text(pdf).replaceAll("\\s+", " ");
        Matcher last = Pattern.compile("Sentence (\\d+) tells how the mentors met the students every week, what they "
                + "read together and how the school noticed the change\\. \\[\u2026\\]").matcher(printed);
        assertThat(last.find()).as("a whole last sentence, then the cut mark, in: %s", printed).isTrue();
        int kept = Integer.parseInt(last.group(1));
        assertThat(kept).isBetween(2, 59);
        assertThat(printed).contains("Sentence 1 tells", "Sentence " + kept + " tells")
                .doesNotContain("Sentence " + (kept + 1) + " tells");
        // The rest of the one-pager is still there: the quote, the numbers and the data received.
        assertThat(printed).contains("I come to school on Tuesdays", "+3.4 pts",
                "Based on data received through October 31, 2026.");
        assertThat(log).contains("The success story \"A mentor who kept showing up\" of Big Brothers Big Sisters of "
                + "Riverbend for October 2026 is too long for its one page: printed its first " + kept + " of 60 "
                + "sentences").contains("Ask the partner for a story of about");
    }

    @Test
    void aStoryThatFitsIsPrintedWholeWithNoCutMark(CapturedOutput log) throws IOException {
        Path pdf = dir.resolve("story.pdf");

        renderer.render(Dashboards.story(), pdf);

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("Her attendance climbed.").doesNotContain("\u2026");
        assertThat(log).doesNotContain("too long for its one page");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMark() throws IOException {
        ReportContent small = Dashboards.small();
        List<SchoolRow> schools = new ArrayList<>(small.schools());
        schools.add(Dashboards.school("\u6771\u4eac School \ud83d\ude00", 220, 0.93, 0.93, 0.1));
        Path pdf = dir.resolve("odd.pdf");

        renderer.render(withSchools(small, schools), pdf);

        assertThat(text(pdf)).contains("?? School ?");
    }

    @Test
    void rendersTheSameBytesOfFontFromSeveralThreadsAtOnce() throws Exception {
        Path alone = dir.resolve("alone.pdf");
        renderer.render(Dashboards.small(), alone);
        Map<String, byte[]> expectedFonts = embeddedFontFiles(alone);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Path pdf = dir.resolve("parallel-" + i + ".pdf");
                ReportContent dashboard = i % 3 == 0 ? Dashboards.withSchools(40) : Dashboards.small();
                results.add(pool.submit(() -> {
                    renderer.render(dashboard, pdf);
                    return pdf;
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                Path pdf = results.get(i).get();
                if (i % 3 != 0) {
                    // Same text, so the same glyph subsets: any difference is a font read gone wrong.
                    assertThat(embeddedFontFiles(pdf)).hasSameSizeAs(expectedFonts).allSatisfy(
                            (name, bytes) -> assertThat(bytes).as(name).isEqualTo(expectedFonts.get(name)));
                    assertThat(text(pdf)).contains("Nguyễn Trãi Academy", "Attendance rate (%)");
                } else {
                    assertThat(text(pdf)).contains("Test School 40", "Attendance rate (%)");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoPartialFileBehind() throws IOException {
        Path pdf = dir.resolve("out/2026-10/dashboard.pdf");
        renderer.render(Dashboards.withSchools(40), pdf);
        renderer.render(Dashboards.small(), pdf);

        assertThat(text(pdf)).contains("Nguyễn Trãi Academy").doesNotContain("Test School");
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void anUnwritableTargetFailsWithAClearMessage() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file.txt"), "x");

        assertThatThrownBy(() -> renderer.render(Dashboards.small(), notADirectory.resolve("dashboard.pdf")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(Dashboards.DISTRICT)
                .hasMessageContaining("October 2026")
                .hasMessageContaining("dashboard.pdf");
    }

    private static ReportContent withSchools(ReportContent d, List<SchoolRow> schools) {
        return new ReportContent(d.kind(), d.districtName(), d.subject(), d.month(), d.dataThrough(),
                d.generatedOn(), d.minimumGroupSize(), d.tiles(), d.trend(), schools, d.partnerships(), d.equity(),
                d.story(), d.assumptions(), d.investmentTrend(), d.dataQuality());
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static final class Resources {
        int images;
        int imagesInForms;
        int forms;
        List<String> fonts = new ArrayList<>();
    }

    private static void walk(PDResources resources, Resources found) throws IOException {
        walk(resources, found, false);
    }

    private static void walk(PDResources resources, Resources found, boolean inForm) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            found.fonts.add(resources.getFont(name).getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDImageXObject) {
                found.images++;
                found.imagesInForms += inForm ? 1 : 0;
            } else if (xObject instanceof PDFormXObject form) {
                found.forms++;
                walk(form.getResources(), found, true);
            }
        }
    }

    private static Map<String, byte[]> embeddedFontFiles(Path pdf) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDType0Font font = (PDType0Font) resources.getFont(name);
                files.put(font.getName(), font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray());
            }
        }
        return files;
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst().orElseThrow();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return text(document, 0);
        }
    }

    /** Text in reading order; {@code page} 0 means the whole document. */
    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        if (page > 0) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
        }
        return stripper.getText(document);
    }
}
