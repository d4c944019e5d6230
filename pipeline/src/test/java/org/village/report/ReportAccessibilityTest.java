package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a screen-reader user and an archivist get from each report: a file veraPDF passes as PDF/UA-1 and PDF/A-2a,
 * and a structure tree that reads the page in a sensible order with headings, header cells and alt text.
 */
class ReportAccessibilityTest {

    private final ReportRenderer renderer = new ReportRenderer(Dashboards.TEMPLATES);

    @TempDir
    Path dir;

    @Test
    void theDashboardWithAccentedNamesAndSuppressedCellsPassesPdfUa1AndPdfA2a() {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        PdfStandards.assertPdfUa1(pdf);
        PdfStandards.assertPdfA2a(pdf);
    }

    @Test
    void theSchoolDashboardTheStoryAndTheBoardPacketPassBoth() {
        for (ReportContent report : List.of(Dashboards.school(), Dashboards.story(), Dashboards.board())) {
            Path pdf = dir.resolve(report.kind().templateName() + ".pdf");
            renderer.render(report, pdf);

            PdfStandards.assertPdfUa1(pdf);
            PdfStandards.assertPdfA2a(pdf);
        }
    }

    @Test
    void spanishReportsPassBothAndDeclareTheirLanguage() throws IOException {
        ReportRenderer spanish = new ReportRenderer(ReportTemplates.load(null, "es"));
        // The school dashboard has the district dashboard's sections; the story and the board packet have their own.
        for (ReportContent report : List.of(Dashboards.small(), Dashboards.story(), Dashboards.board())) {
            Path pdf = dir.resolve(report.kind().templateName() + "-es.pdf");
            spanish.render(report, pdf);

            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
            }
            PdfStandards.assertPdfUa1(pdf);
            PdfStandards.assertPdfA2a(pdf);
        }
    }

    @Test
    void aTableBrokenAcrossPagesStillPassesBoth() throws IOException {
        Path pdf = dir.resolve("forty.pdf");
        renderer.render(Dashboards.withSchools(40), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        PdfStandards.assertPdfUa1(pdf);
        PdfStandards.assertPdfA2a(pdf);
    }

    @Test
    void readsHeadingsTilesChartsAndTableInPageOrder() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        List<String> outline = StructureOutline.of(pdf);

        assertThat(outline.get(0)).isEqualTo("Document");
        assertThat(outline.get(1)).isEqualTo("  Figure[" + Dashboards.DISTRICT + " logo]");
        assertThat(outline.get(2)).isEqualTo("  H1 " + Dashboards.DISTRICT);
        assertThat(outline.stream().filter(line -> line.matches(" *H\\d .*")))
                .containsExactly("  H1 " + Dashboards.DISTRICT, "  H2 Attendance rate by month",
                        "  H2 Schools compared, October 2026", "  H2 Partnership scorecard",
                        "  H2 Progress to each partnership goal, year to date",
                        "  H2 Attendance by student group, year to date", "  H2 Definitions", "  H2 Data received");
        assertThat(outline).containsSubsequence("  P Monthly dashboard", "  P October 2026",
                "  P Attendance rate, October 2026", "  P 94.1%",
                "  P \u22120.3 pts since last month +0.5 pts since the baseline year",
                "  P Community investment, year to date", "  P n<10");
        assertThat(outline).filteredOn(line -> line.startsWith("  Figure[")).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("  Figure[Riverside Unified School District logo"))
                .anySatisfy(line -> assertThat(line).startsWith("  Figure[Line chart of the attendance rate by month"))
                .anySatisfy(line -> assertThat(line).startsWith("  Figure[Dot plot of each school's attendance rate")
                        .doesNotContain(Dashboards.SUPPRESSED_SCHOOL));
    }

    @Test
    void theSchoolsTableHasHeaderCellsForColumnsAndRowsAndItsRepeatedHeaderIsReadOnce() throws IOException {
        Path pdf = dir.resolve("forty.pdf");
        renderer.render(Dashboards.withSchools(40), pdf);

        List<String> outline = StructureOutline.of(pdf);

        assertThat(outline).filteredOn(line -> line.contains("TH[Column]")).containsSubsequence(
                "      TH[Column] School", "      TH[Column] Students", "      TH[Column] Attendance rate (month)",
                "      TH[Column] Attendance rate (year to date)", "      TH[Column] Chronic absenteeism (year to date)");
        assertThat(outline).filteredOn(line -> line.contains("TH[Row] Test School")).hasSize(40);
        assertThat(outline).containsSubsequence("    TR", "      TH[Row] Test School 40", "      TD 1,040",
                "      TD 95.0%", "      TD 91.0%", "      TD 10.0%");
    }

    @Test
    void aSuppressedSchoolIsReadAsSuppressedInItsRow() throws IOException {
        Path pdf = dir.resolve("dashboard.pdf");
        renderer.render(Dashboards.small(), pdf);

        assertThat(StructureOutline.of(pdf)).containsSubsequence("      TH[Row] " + Dashboards.SUPPRESSED_SCHOOL,
                "      TD n<10", "      TD n<10", "      TD n<10", "      TD n<10");
    }

    @Test
    void declaresTitleLanguageAndBothStandards() throws IOException {
        ReportContent small = Dashboards.small();
        ReportContent sanJose = new ReportContent(small.kind(), "Distrito Escolar de San José & Nguyễn", null,
                small.month(), small.dataThrough(), small.generatedOn(), small.minimumGroupSize(), small.tiles(),
                small.trend(), small.schools(), small.partnerships(), small.equity(), null, null, List.of(),
                small.dataQuality());
        Path pdf = dir.resolve("san-jose.pdf");
        renderer.render(sanJose, pdf);

        String title = "Distrito Escolar de San José & Nguyễn \u2014 Monthly dashboard, October 2026";
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(catalog.getLanguage()).isEqualTo("en-US");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier())
                            .isEqualTo("sRGB IEC61966-2.1"));
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Distrito Escolar de San José &amp; Nguyễn \u2014 Monthly dashboard",
                    "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>");
        }
        PdfStandards.assertPdfUa1(pdf);
        PdfStandards.assertPdfA2a(pdf);
    }
}
