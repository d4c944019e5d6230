package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district changes its reports by editing report-templates/, with no code: the edits show in the PDF. */
class ReportTemplatesTest {

    /** The repository's templates, as a district would copy them. */
    private static final Path SHIPPED = Path.of("../report-templates");

    @TempDir
    Path district;

    @Test
    void aDistrictChangesATitleAColourAndTheSectionOrderWithoutCode() throws IOException {
        copyShippedTemplates();
        replace("messages_en.properties", "district.title=Monthly dashboard",
                "district.title=Partnerships in Focus");
        replace("theme.yml", "primary: \"#0072B2\"", "primary: \"#CC79A7\"");
        replace("district-dashboard.yml", "  - trend\n  - schools\n", "  - schools\n  - trend\n");

        Path pdf = district.resolve("dashboard.pdf");
        new ReportRenderer(ReportTemplates.load(district, "en")).render(Dashboards.small(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Partnerships in Focus").doesNotContain("Monthly dashboard");
            // The header's month, rule and tile accents are drawn in the primary colour: reddish purple (204, 121, 167).
            String page = new String(document.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(page).contains("0.8 0.47451 0.6549 sc").doesNotContain("0 0.44706 0.69804 sc");
            assertThat(position(document, "Schools compared")).isLessThan(position(document, "Attendance rate by month"));
        }
    }

    @Test
    void aDistrictSetsItsReportsInTheSerifFontTextAndChartsAlike() throws IOException {
        copyShippedTemplates();
        replace("theme.yml", "font: Liberation Sans", "font: Liberation Serif");

        Path pdf = district.resolve("dashboard.pdf");
        new ReportRenderer(ReportTemplates.load(district, "en")).render(Dashboards.small(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            // Subset names carry a six-letter tag: "ABCDEF+LiberationSerif-Bold".
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+LiberationSerif.*"));
            assertThat(fonts).anyMatch(name -> name.endsWith("LiberationSerif-Bold"));
            assertThat(new PDFTextStripper().getText(document)).contains("École José Martí", "Attendance rate (%)");
        }
        PdfStandards.assertPdfA2a(pdf);
    }

    @Test
    void aFontVillageDoesNotShipIsNamedWithTheOnesItDoes() throws IOException {
        copyShippedTemplates();
        replace("theme.yml", "font: Liberation Sans", "font: Comic Sans MS");
        assertThatThrownBy(() -> ReportTemplates.load(district, "en"))
                .hasMessageContaining("theme.yml").hasMessageContaining("Comic Sans MS")
                .hasMessageContaining("Liberation Sans, Liberation Serif");
    }

    @Test
    void theShippedOrderPutsTheTrendBeforeTheSchools() throws IOException {
        Path pdf = district.resolve("dashboard.pdf");
        new ReportRenderer(ReportTemplates.load(district.resolve("absent"), "en")).render(Dashboards.small(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(position(document, "Attendance rate by month")).isLessThan(position(document, "Schools compared"));
        }
    }

    @Test
    void spanishIsASettingAndEveryEnglishTextHasASpanishOne() throws IOException {
        Properties english = properties("messages_en.properties");
        Properties spanish = properties("messages_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());

        Path pdf = district.resolve("panel.pdf");
        new ReportRenderer(ReportTemplates.load(null, "es")).render(Dashboards.small(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Panel mensual", "octubre de 2026", "Datos hasta el 31 de octubre de 2026",
                    "Tasa de asistencia por mes", "Definiciones", "Datos recibidos", "Página 1 de",
                    "Tasa de asistencia (%)", "École José Martí");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
        }
    }

    @Test
    void aMistakeInATemplateIsNamedWithItsFileAndWhatToWrite() throws IOException {
        copyShippedTemplates();
        replace("school-dashboard.yml", "  - equity\n", "  - equity-chart\n");
        assertThatThrownBy(() -> ReportTemplates.load(district, "en"))
                .hasMessageContaining("school-dashboard.yml").hasMessageContaining("equity-chart")
                .hasMessageContaining("the sections are tiles, trend");

        copyShippedTemplates();
        replace("theme.yml", "accent: \"#E69F00\"", "accent: orange");
        assertThatThrownBy(() -> ReportTemplates.load(district, "en"))
                .hasMessageContaining("theme.yml").hasMessageContaining("#RRGGBB");

        copyShippedTemplates();
        assertThatThrownBy(() -> ReportTemplates.load(district, "fr"))
                .hasMessageContaining("messages_fr.properties").hasMessageContaining("copy messages_en.properties");
    }

    private void copyShippedTemplates() throws IOException {
        try (var files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, district.resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(district.resolve(file));
        assertThat(text).as(file).contains(from);
        Files.writeString(district.resolve(file), text.replace(from, to));
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(SHIPPED.resolve(file))) {
            properties.load(reader);
        }
        return properties;
    }

    /** Every font a page draws with, also inside the form XObjects that hold its charts. */
    private static void collectFonts(PDResources resources, Set<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name).getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** Where a text starts in reading order: page, then distance from the top. */
    private static double position(PDDocument document, String needle) throws IOException {
        List<double[]> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (found.isEmpty() && text.contains(needle)) {
                    found.add(new double[] {getCurrentPageNo(), positions.get(0).getYDirAdj()});
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        assertThat(found).as("'%s' in the PDF", needle).isNotEmpty();
        return found.get(0)[0] * 10_000 + found.get(0)[1];
    }
}
