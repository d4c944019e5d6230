package org.village.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself: an untagged page, of the kind the renderers drew before tagging, must fail both standards. */
class PdfStandardsTest {

    @TempDir
    Path dir;

    @Test
    void anUntaggedPageFailsBothWithTheRulesNamed() throws IOException {
        Path pdf = dir.resolve("untagged.pdf");
        try (PDDocument document = new PDDocument()) {
            ReportFonts.Embedded fonts = ReportFonts.embedInto(document, Typeface.standard());
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(fonts.regular(), 12);
                content.newLineAtOffset(72, 700);
                content.showText("École José Martí");
                content.endText();
            }
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> PdfStandards.assertPdfUa1(pdf)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("untagged.pdf is not ua1")
                .hasMessageContaining("7.1-3 Content shall be marked as Artifact or tagged as real content")
                .hasMessageContaining("first at root/document[0]/pages[0]");
        assertThatThrownBy(() -> PdfStandards.assertPdfA2a(pdf)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("untagged.pdf is not 2a")
                .hasMessageContaining("6.7.3.3-1 The logical structure of the conforming file");
    }
}
