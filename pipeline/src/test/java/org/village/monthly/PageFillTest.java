package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * No page of the sample district's reports ends more than half empty, but the last, and that one only where it
 * starts a section (the report's last): a section that does not fit in what is left of a page starts there and flows
 * on rather than leaving most of the page blank, and no page is left to the few last lines of a section. How full a
 * page is is read as a reader sees it, from where its lowest line of text (a chart's axis labels and caption
 * included) sits between the top margin and the footer.
 */
class PageFillTest {

    /** Letter, 54 pt margins, the footer 14 pt above the bottom margin (PageCanvas). */
    private static final float PAGE_HEIGHT = 792f;
    private static final float TOP = 54f;
    private static final float BOTTOM = PAGE_HEIGHT - 54f - 14f;
    private static final double LEAST_FILLED = 0.5;
    /** A section heading's size (ReportStyle.HEADING), larger than any other text under a page's header. */
    private static final float HEADING_SIZE = 13f;

    @Test
    void noPageOfTheSampleDistrictsReportsButTheLastEndsMoreThanHalfEmpty() throws Exception {
        PublishedMonths.Published sample = PublishedMonths.sample();
        List<String> emptyPages = new ArrayList<>();
        int pages = 0;
        for (YearMonth month : sample.months()) {
            for (Path pdf : sample.pdfs(month)) {
                List<Page> filled = filled(pdf);
                pages += filled.size();
                for (int page = 0; page < filled.size(); page++) {
                    boolean lastStartingASection = page == filled.size() - 1 && filled.get(page).startsASection();
                    if (filled.get(page).filled() < LEAST_FILLED && !lastStartingASection) {
                        emptyPages.add(sample.folder(month).relativize(pdf) + " p." + (page + 1) + " of "
                                + filled.size() + ": " + String.format(Locale.ROOT, "%.0f%%",
                                        filled.get(page).filled() * 100) + " filled");
                    }
                }
            }
        }
        assertThat(pages).as("pages of the sample's reports").isGreaterThan(20);
        assertThat(emptyPages).as("pages ending more than half empty").isEmpty();
    }

    /**
     * A page's share of the content height that lies above its lowest line of text, the footer aside, and whether
     * its first text is a section's heading.
     */
    private record Page(double filled, boolean startsASection) {
    }

    private static List<Page> filled(Path pdf) throws IOException {
        List<Page> filled = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                LowestText lowest = new LowestText();
                lowest.setStartPage(page);
                lowest.setEndPage(page);
                lowest.getText(document);
                filled.add(new Page(Math.max(0, lowest.bottom - TOP) / (BOTTOM - TOP),
                        lowest.firstSize >= HEADING_SIZE - 0.1f));
            }
        }
        return filled;
    }

    /** The lowest text of a page above the footer, in points from the top of the page. */
    private static final class LowestText extends PDFTextStripper {

        private float bottom;
        private float firstSize;

        LowestText() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                float y = position.getYDirAdj();
                if (y <= BOTTOM && !position.getUnicode().isBlank()) {
                    bottom = Math.max(bottom, y);
                    if (firstSize == 0) {
                        firstSize = position.getFontSizeInPt();
                    }
                }
            }
        }
    }
}
