package org.village.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * A flowing US Letter layout: a cursor moving down the page, a new page when content does not fit, and the text and
 * drawing primitives the report sections share. All text goes through {@link ReportFonts#printable} here, so no
 * section can crash the render with a character the font lacks.
 *
 * <p>The pages come out tagged (PDF/UA-1, PDF/A-2a): everything drawn is either marked content belonging to a structure
 * element or an Artifact. Fills and rules are always artifacts. Text belongs to the element opened with {@link #tag}
 * (a heading, a table cell, a list label...); text drawn with no element open becomes a paragraph of its own. Charts
 * are Figures with alternative text. Elements appear in the structure in the order they are opened, which is the
 * order a screen reader reads them, so sections draw in reading order.
 */
final class PageCanvas implements Closeable {

    static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 54f;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Leaves room under the content for the footer. */
    private static final float BOTTOM = MARGIN + 14f;
    private static final float FOOTER_BASELINE = MARGIN - 14f;
    private static final float LEADING = 1.3f;
    private static final float TABLE_SIZE = 8.5f;
    private static final float TABLE_HEADER_SIZE = 8f;
    private static final float CELL_PAD_X = 6f;
    private static final float CELL_PAD_Y = 4f;
    /** A header with a lone row under it at the foot of a page reads as a mistake; start on the next page instead. */
    private static final int MIN_ROWS_UNDER_HEADER = 3;
    /** Elements that hold other elements, not text: text drawn straight into one gets an element of its own. */
    private static final Set<String> GROUPING = Set.of(StandardStructureTypes.DOCUMENT, StandardStructureTypes.PART,
            StandardStructureTypes.ART, StandardStructureTypes.SECT, StandardStructureTypes.DIV,
            StandardStructureTypes.L, StandardStructureTypes.LI, StandardStructureTypes.TABLE,
            StandardStructureTypes.T_HEAD, StandardStructureTypes.T_BODY, StandardStructureTypes.T_FOOT,
            StandardStructureTypes.TR);

    /** An open structure element or artifact; closing it returns drawing to the enclosing one. */
    interface Tag extends AutoCloseable {
        @Override
        void close();
    }

    private final PDDocument document;
    private final ReportFonts.Embedded fonts;
    private final PdfBoxGraphics2DFontTextDrawer chartText;
    private final StructureTree structure;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    private int artifactDepth;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    PageCanvas(PDDocument document, ReportFonts.Embedded fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        // Without registered fonts graphics2d draws chart text as outlines: not searchable, not read aloud.
        this.chartText = new PdfBoxGraphics2DFontTextDrawer();
        chartText.registerFont(fonts.typeface().awtRegular(1).getFontName(), fonts.regular());
        chartText.registerFont(fonts.typeface().awtBold(1).getFontName(), fonts.bold());
        this.structure = new StructureTree(document);
        open.push(structure.document());
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
        return pageContentWidth();
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    /** The page being drawn on, counting from 1. */
    int page() {
        return document.getNumberOfPages();
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

    /** The width of the text column, which charts and tables span. */
    static float pageContentWidth() {
        return PAGE.getWidth() - 2 * MARGIN;
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
        page = new PDPage(PAGE);
        document.addPage(page);
        structure.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(ReportFonts.printable(text)) / 1000f * size;
    }

    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        String printable = ReportFonts.printable(text);
        if (artifactDepth > 0) {
            artifact(() -> showText(content, printable, font, size, color, x, baseline));
            return;
        }
        PDStructureElement owner = open.peek();
        if (GROUPING.contains(owner.getStructureType())) {
            try (Tag own = tag(ownElementFor(owner.getStructureType()))) {
                marked(() -> showText(content, printable, font, size, color, x, baseline));
            }
        } else {
            marked(() -> showText(content, printable, font, size, color, x, baseline));
        }
    }

    void textRight(String text, PDFont font, float size, Color color, float rightX, float baseline)
            throws IOException {
        text(text, font, size, color, rightX - textWidth(text, font, size), baseline);
    }

    /**
     * Greedy line breaking on spaces; a word wider than the line is broken between characters. A line break in the
     * text starts a new line (a table cell holding an estimate, its interval and a cost, one under the other).
     */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        if (text != null && text.indexOf('\n') >= 0) {
            List<String> lines = new ArrayList<>();
            for (String part : text.split("\n")) {
                lines.addAll(wrap(part, font, size, maxWidth));
            }
            return lines;
        }
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

    /**
     * A wrapped block at the cursor, moving to a new page between lines when needed; one paragraph (P) in the
     * structure however many lines and pages it takes, unless drawn inside an element that holds text already.
     */
    void paragraph(String text, PDFont font, float size, Color color, float x, float maxWidth) throws IOException {
        float leading = leading(size);
        try (Tag paragraph = GROUPING.contains(open.peek().getStructureType()) && artifactDepth == 0
                ? tag(StandardStructureTypes.P) : () -> { }) {
            for (String line : wrap(text, font, size, maxWidth)) {
                ensureSpace(leading);
                text(line, font, size, color, x, y - size);
                y -= leading;
            }
        }
    }

    /**
     * One item of a bulleted list, its wrapped lines indented past the bullet, as LI with Lbl and LBody; draw the
     * items inside {@code tag(StandardStructureTypes.L)} so the list is announced with its length.
     */
    void bulletItem(String text, PDFont font, float size, Color color, float indent) throws IOException {
        List<String> lines = wrap(text, font, size, width() - indent);
        float leading = leading(size);
        ensureSpace(Math.min(lines.size(), 2) * leading);
        try (Tag item = tag(StandardStructureTypes.LI)) {
            try (Tag label = tag(StandardStructureTypes.LBL)) {
                text("\u2022", font, size, ReportStyle.MUTED, left() + 2f, y - size);
            }
            try (Tag body = tag(StandardStructureTypes.L_BODY)) {
                for (String line : lines) {
                    ensureSpace(leading);
                    text(line, font, size, color, left() + indent, y - size);
                    y -= leading;
                }
            }
        }
    }

    /**
     * Opens a structure element (a {@link StandardStructureTypes} name) inside the current one; what is drawn until
     * it is closed belongs to it.
     */
    Tag tag(String structureType) {
        if (artifactDepth > 0) {
            return () -> { };
        }
        PDStructureElement parent = open.peek();
        PDStructureElement element = new PDStructureElement(structureType, parent);
        parent.appendKid(element);
        open.push(element);
        return () -> {
            if (open.peek() != element) {
                throw new IllegalStateException(structureType + " closed out of order");
            }
            open.pop();
            // A block with nothing in it (a tile without a comparison line) would be an empty element to read.
            if (element.getKids().isEmpty()) {
                parent.removeKid(element);
            }
        };
    }

    /** H1 for the document's title, H2 for its sections, H3 below: PDF/UA-1 §7.4.2 forbids skipping a level. */
    Tag heading(int level) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Heading level " + level + " is not 1 to 6");
        }
        return tag("H" + level);
    }

    /** A header cell (TH) for its column, or for its row when {@code forRow}: PDF/UA-1 §7.5 wants the Scope. */
    Tag headerCell(boolean forRow) {
        Tag cell = tag(StandardStructureTypes.TH);
        if (artifactDepth == 0) {
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(forRow ? PDTableAttributeObject.SCOPE_ROW : PDTableAttributeObject.SCOPE_COLUMN);
            open.peek().addAttribute(scope);
        }
        return cell;
    }

    /**
     * Until closed, everything drawn is an Artifact (PDF/UA-1 §7.1: content that is not real content), e.g. a table
     * header repeated on a continuation page, which a screen reader has already read once.
     */
    Tag artifact() {
        artifactDepth++;
        return () -> artifactDepth--;
    }

    /** Decoration: an Artifact. */
    void fillRect(float x, float bottom, float w, float h, Color color) throws IOException {
        artifact(() -> {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, w, h);
            content.fill();
        });
    }

    /** Decoration: an Artifact. */
    void hairline(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        artifact(() -> strokeLine(content, x1, y1, x2, y2, color, lineWidth));
    }

    /**
     * A heading: level 1 is a report's title, 2 a section, 3 a part of one. Moved to the next page with what follows
     * when {@code keepWithNext} points of content do not fit under it.
     */
    void heading(String text, int level, Color color, float keepWithNext) throws IOException {
        float size = level <= 1 ? 18f : level == 2 ? ReportStyle.HEADING : 10.5f;
        float gap = level <= 1 ? 0f : level == 2 ? 18f : 10f;
        List<String> lines = wrap(text, fonts.bold(), size, width());
        float height = gap + lines.size() * leading(size) + 4f;
        if (!ensureSpace(height + keepWithNext)) {
            y -= gap;
        }
        try (Tag h = heading(level)) {
            for (String line : lines) {
                text(line, fonts.bold(), size, color, left(), y - size);
                y -= leading(size);
            }
        }
        y -= 4f;
    }

    /**
     * A data table across the content width. {@code weights} share the width out between columns; numeric columns
     * are right-aligned. Every cell wraps; a row never splits, and the header cells repeat at the top of each page
     * the table continues on. A cell saying {@code n<…} or {@value ReportFormat#MISSING} is printed muted. Tagged as a
     * Table whose first row holds column header cells and whose first column holds row header cells (PDF/UA-1 §7.5);
     * a header repeated on a continuation page is an Artifact, read once.
     */
    void table(List<String> headerCells, float[] weights, boolean[] numeric, List<List<String>> rows)
            throws IOException {
        table(headerCells, weights, numeric, rows, row -> { });
    }

    /** The height {@link #table} takes on one page, for a section that keeps a table with what follows it. */
    float tableHeight(List<String> headerCells, float[] weights, List<List<String>> rows) throws IOException {
        float[] widths = widths(weights);
        float height = rowHeight(headerCells, widths, fonts.bold(), TABLE_HEADER_SIZE);
        for (List<String> row : rows) {
            height += rowHeight(row, widths, fonts.regular(), TABLE_SIZE);
        }
        return height;
    }

    /** What is left of the page below the cursor. */
    float spaceLeft() {
        return y - BOTTOM;
    }

    private float[] widths(float[] weights) {
        float[] widths = new float[weights.length];
        float sum = 0;
        for (float weight : weights) {
            sum += weight;
        }
        for (int i = 0; i < weights.length; i++) {
            widths[i] = width() * weights[i] / sum;
        }
        return widths;
    }

    /** The same, telling {@code drawn} each row's index once the row is on its page ({@link #page}). */
    void table(List<String> headerCells, float[] weights, boolean[] numeric, List<List<String>> rows,
            IntConsumer drawn) throws IOException {
        float[] widths = widths(weights);
        float headerHeight = rowHeight(headerCells, widths, fonts.bold(), TABLE_HEADER_SIZE);
        float opening = headerHeight;
        for (List<String> row : rows.subList(0, Math.min(MIN_ROWS_UNDER_HEADER, rows.size()))) {
            opening += rowHeight(row, widths, fonts.regular(), TABLE_SIZE);
        }
        ensureSpace(opening);
        try (Tag table = tag(StandardStructureTypes.TABLE)) {
            tableRow(headerCells, widths, numeric, fonts.bold(), TABLE_HEADER_SIZE, headerHeight,
                    ReportStyle.HEADER_FILL, true);
            for (int i = 0; i < rows.size(); i++) {
                float height = rowHeight(rows.get(i), widths, fonts.regular(), TABLE_SIZE);
                if (ensureSpace(height)) {
                    try (Tag repeat = artifact()) {
                        tableRow(headerCells, widths, numeric, fonts.bold(), TABLE_HEADER_SIZE, headerHeight,
                                ReportStyle.HEADER_FILL, true);
                    }
                }
                tableRow(rows.get(i), widths, numeric, fonts.regular(), TABLE_SIZE, height,
                        i % 2 == 1 ? ReportStyle.TINT : null, false);
                drawn.accept(i);
            }
        }
        hairline(left(), y, right(), y, ReportStyle.RULE, 0.75f);
    }

    private float rowHeight(List<String> cells, float[] widths, PDFont font, float size) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), font, size, widths[i] - 2 * CELL_PAD_X).size());
        }
        return lines * leading(size) + 2 * CELL_PAD_Y;
    }

    private void tableRow(List<String> cells, float[] widths, boolean[] numeric, PDFont font, float size,
            float height, Color fill, boolean header) throws IOException {
        float top = y;
        if (fill != null) {
            fillRect(left(), top - height, width(), height, fill);
        }
        float x = left();
        float leading = leading(size);
        try (Tag row = tag(StandardStructureTypes.TR)) {
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                List<String> lines = wrap(cell, font, size, widths[i] - 2 * CELL_PAD_X);
                // Header cells sit on the row's bottom, so every column's last header line is just above the first row.
                float lineTop = header ? top - height + CELL_PAD_Y + lines.size() * leading : top - CELL_PAD_Y;
                Color color = !header && (cell.startsWith("n<") || cell.equals(ReportFormat.MISSING))
                        ? ReportStyle.MUTED : ReportStyle.INK;
                // The first column names the row (a school, a partnership, a group), so a screen reader can say
                // which one a figure belongs to.
                try (Tag tableCell = header || i == 0 ? headerCell(!header) : tag(StandardStructureTypes.TD)) {
                    for (String line : lines) {
                        float baseline = lineTop - leading / 2 - 0.36f * size;
                        float lineX = numeric[i] ? x + widths[i] - CELL_PAD_X - textWidth(line, font, size)
                                : x + CELL_PAD_X;
                        text(line, font, size, color, lineX, baseline);
                        lineTop -= leading;
                    }
                }
                x += widths[i];
            }
        }
        y -= height;
    }

    /**
     * A chart with its text alternative: the chart as vector graphics across the content width, the alternative
     * printed under it as a caption, so a reader who cannot see the chart (or a printed copy in greyscale) is told
     * what it shows. The chart and its caption are kept on one page.
     */
    void figure(JFreeChart chart, float height, String altText) throws IOException {
        List<String> caption = wrap(altText, fonts.regular(), ReportStyle.SMALL, width());
        ensureSpace(height + 4f + caption.size() * leading(ReportStyle.SMALL));
        chart(chart, height, altText);
        y -= 4f;
        try (Tag paragraph = tag(StandardStructureTypes.P)) {
            for (String line : caption) {
                text(line, fonts.regular(), ReportStyle.SMALL, ReportStyle.MUTED, left(), y - ReportStyle.SMALL);
                y -= leading(ReportStyle.SMALL);
            }
        }
        y -= 4f;
    }

    /**
     * The district's logo (PNG or JPEG), scaled to {@code height} with its proportions kept, its top-left corner at
     * {@code x} and the cursor; returns its width.
     */
    float logo(byte[] image, float x, float height, String altText) throws IOException {
        PDImageXObject xObject = PDImageXObject.createFromByteArray(document, image, altText);
        float w = height * xObject.getWidth() / xObject.getHeight();
        float bottom = y - height;
        try (Tag figure = tag(StandardStructureTypes.Figure)) {
            PDStructureElement element = open.peek();
            element.setAlternateDescription(ReportFonts.printable(altText));
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
            layout.setBBox(new PDRectangle(x, bottom, w, height));
            element.addAttribute(layout);
            marked(() -> content.drawImage(xObject, x, bottom, w, height));
        }
        return w;
    }

    /**
     * Draws the chart as a vector form XObject across the content width, its top at the cursor, as one Figure whose
     * {@code altText} is what a screen reader says instead (PDF/UA-1 §7.3). The chart's own text and lines sit inside
     * the Figure's marked content, so they are neither read twice nor left untagged.
     */
    void chart(JFreeChart chart, float height, String altText) throws IOException {
        float w = width();
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, w, height);
        g2.setFontTextDrawer(chartText);
        try {
            ReportCharts.draw(chart, g2, w, height);
        } finally {
            g2.dispose();
        }
        float bottom = y - height;
        Drawing draw = () -> {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(left(), bottom));
            content.drawForm(g2.getXFormObject());
            content.restoreGraphicsState();
        };
        if (artifactDepth > 0) {
            artifact(draw);
        } else {
            try (Tag figure = tag(StandardStructureTypes.Figure)) {
                PDStructureElement element = open.peek();
                element.setAlternateDescription(ReportFonts.printable(altText));
                // The Figure's place on the page, for reflow and for tools that show what the alt text replaces.
                PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
                layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
                layout.setBBox(new PDRectangle(left(), bottom, width(), height));
                element.addAttribute(layout);
                marked(draw);
            }
        }
        y -= height;
    }

    /**
     * Footer on every page; runs last because "Page X of Y" needs the final page count. {@code pageText} words it,
     * with {@code {page}} and {@code {pages}} for the numbers.
     */
    void footers(String leftText, String pageWording) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // Running footers are pagination artifacts (PDF/UA-1 §7.8): read once per page they would only
                // interrupt the text.
                footer.beginMarkedContent(COSName.ARTIFACT);
                strokeLine(footer, left(), FOOTER_BASELINE + 11, right(), FOOTER_BASELINE + 11, ReportStyle.RULE, 0.5f);
                String pageText = ReportFonts.printable(pageWording.replace("{page}", String.valueOf(i + 1))
                        .replace("{pages}", String.valueOf(pages)));
                float w = textWidth(pageText, fonts.regular(), ReportStyle.SMALL);
                String left = fit(leftText, fonts.regular(), ReportStyle.SMALL, width() - w - 24f);
                showText(footer, left, fonts.regular(), ReportStyle.SMALL, ReportStyle.MUTED, left(), FOOTER_BASELINE);
                showText(footer, pageText, fonts.regular(), ReportStyle.SMALL, ReportStyle.MUTED, right() - w,
                        FOOTER_BASELINE);
                footer.endMarkedContent();
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

    /** Finishes the page content and the structure tree; the document is ready to describe and save. */
    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            structure.finish();
        } finally {
            chartText.close();
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Draws into the current element as marked content with a new MCID on this page. */
    private void marked(Drawing drawing) throws IOException {
        PDStructureElement owner = open.peek();
        content.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), structure.mark(page, owner));
        drawing.draw();
        content.endMarkedContent();
    }

    /** The element text gets when drawn straight into a grouping element: a cell in a row, a body in a list item. */
    private static String ownElementFor(String grouping) {
        return switch (grouping) {
            case StandardStructureTypes.TR -> StandardStructureTypes.TD;
            case StandardStructureTypes.LI -> StandardStructureTypes.L_BODY;
            default -> StandardStructureTypes.P;
        };
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
