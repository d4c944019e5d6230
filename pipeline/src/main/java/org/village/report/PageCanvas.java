package org.village.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * A flowing US Letter layout: a cursor moving down the page, a new page when content does not fit, and the text and
 * drawing primitives the report sections share. All text goes through {@link ReportFonts#printable} here, so no
 * section can crash the render with a character the font lacks.
 */
final class PageCanvas implements Closeable {

    static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 54f;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Leaves room under the content for the footer. */
    private static final float BOTTOM = MARGIN + 14f;
    private static final float FOOTER_BASELINE = MARGIN - 14f;
    private static final float LEADING = 1.3f;

    private final PDDocument document;
    private final ReportFonts.Embedded fonts;
    private final PdfBoxGraphics2DFontTextDrawer chartText;
    private PDPageContentStream content;
    private float y;

    PageCanvas(PDDocument document, ReportFonts.Embedded fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        // Without registered fonts graphics2d draws chart text as outlines: not searchable, not read aloud.
        this.chartText = new PdfBoxGraphics2DFontTextDrawer();
        chartText.registerFont(ReportFonts.awtRegular(1).getFontName(), fonts.regular());
        chartText.registerFont(ReportFonts.awtBold(1).getFontName(), fonts.bold());
        newPage();
    }

    PDType0Font regular() {
        return fonts.regular();
    }

    PDType0Font bold() {
        return fonts.bold();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    /** The top of the next thing to draw, in PDF user space (points from the bottom of the page). */
    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    static float leading(float size) {
        return size * LEADING;
    }

    /** The height a full page offers, for content that must be sized to fit on one. */
    static float pageContentHeight() {
        return TOP - BOTTOM;
    }

    /** Starts a new page unless {@code height} fits below the cursor; returns whether it did. */
    boolean ensureSpace(float height) throws IOException {
        if (y - height >= BOTTOM || y >= TOP) {
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(ReportFonts.printable(text)) / 1000f * size;
    }

    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        showText(content, ReportFonts.printable(text), font, size, color, x, baseline);
    }

    void textRight(String text, PDFont font, float size, Color color, float rightX, float baseline)
            throws IOException {
        text(text, font, size, color, rightX - textWidth(text, font, size), baseline);
    }

    /** Greedy line breaking on spaces; a word wider than the line is broken between characters. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : ReportFonts.printable(text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, font, size) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
                int end = rest.offsetByCodePoints(0, 1);
                while (end < rest.length()
                        && textWidth(rest.substring(0, rest.offsetByCodePoints(end, 1)), font, size) <= maxWidth) {
                    end = rest.offsetByCodePoints(end, 1);
                }
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped block at the cursor, moving to a new page between lines when needed. */
    void paragraph(String text, PDFont font, float size, Color color, float x, float maxWidth) throws IOException {
        float leading = leading(size);
        for (String line : wrap(text, font, size, maxWidth)) {
            ensureSpace(leading);
            text(line, font, size, color, x, y - size);
            y -= leading;
        }
    }

    void fillRect(float x, float bottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    void hairline(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        strokeLine(content, x1, y1, x2, y2, color, lineWidth);
    }

    /** Draws the chart as a vector form XObject across the content width, its top at the cursor. */
    void chart(JFreeChart chart, float height) throws IOException {
        float w = width();
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, w, height);
        g2.setFontTextDrawer(chartText);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, height));
        } finally {
            g2.dispose();
        }
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(left(), y - height));
        content.drawForm(g2.getXFormObject());
        content.restoreGraphicsState();
        y -= height;
    }

    /** Footer on every page; runs last because "Page X of Y" needs the final page count. */
    void footers(String leftText) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                strokeLine(footer, left(), FOOTER_BASELINE + 11, right(), FOOTER_BASELINE + 11, ReportStyle.RULE, 0.5f);
                String pageText = "Page " + (i + 1) + " of " + pages;
                float w = textWidth(pageText, fonts.regular(), ReportStyle.SMALL);
                String left = fit(leftText, fonts.regular(), ReportStyle.SMALL, width() - w - 24f);
                showText(footer, left, fonts.regular(), ReportStyle.SMALL, ReportStyle.MUTED, left(), FOOTER_BASELINE);
                showText(footer, pageText, fonts.regular(), ReportStyle.SMALL, ReportStyle.MUTED, right() - w,
                        FOOTER_BASELINE);
            }
        }
    }

    /** The text, cut short with an ellipsis if it is wider than {@code maxWidth}. */
    String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        String printable = ReportFonts.printable(text);
        if (textWidth(printable, font, size) <= maxWidth) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && textWidth(printable.substring(0, end) + "\u2026", font, size) > maxWidth) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end).stripTrailing() + "\u2026";
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
        } finally {
            chartText.close();
        }
    }

    private static void showText(PDPageContentStream stream, String printable, PDFont font, float size, Color color,
            float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    private static void strokeLine(PDPageContentStream stream, float x1, float y1, float x2, float y2, Color color,
            float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }
}
