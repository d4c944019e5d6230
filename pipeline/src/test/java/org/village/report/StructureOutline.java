package org.village.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as a screen reader walks it, one line per element in reading order:
 * {@code "  H2 Schools"}, {@code "    TH[Column] Students"}, {@code "  Figure[alt text]"}; indentation shows nesting and
 * each element's own text follows its type. Lets a test say what is read, and in which order.
 */
public final class StructureOutline {

    private final Map<PDPage, Map<Integer, String>> textByPage = new HashMap<>();
    private final PDDocument document;
    private final List<String> lines = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    private StructureOutline(PDDocument document) {
        this.document = document;
    }

    static List<String> of(Path pdf) throws IOException {
        return walked(pdf).lines;
    }

    /**
     * Every element's own text and every alternative text, in reading order, without the element types: what a
     * reader of the page, seeing or not, is given to read. A table cell or paragraph broken over lines is one text;
     * a chart's text (its Figure's content) is one text with its strings apart.
     */
    public static List<String> texts(Path pdf) throws IOException {
        return walked(pdf).texts;
    }

    private static StructureOutline walked(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StructureOutline outline = new StructureOutline(document);
            for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                outline.walk(kid, 0);
            }
            return outline;
        }
    }

    private void walk(Object node, int depth) throws IOException {
        if (!(node instanceof PDStructureElement element)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            PDPage page = element.getPage();
            Integer mcid = null;
            if (kid instanceof Integer number) {
                mcid = number;
            } else if (kid instanceof COSInteger number) {
                mcid = number.intValue();
            } else if (kid instanceof PDMarkedContentReference reference) {
                mcid = reference.getMCID();
                page = reference.getPage();
            }
            if (mcid != null) {
                String part = text(page).getOrDefault(mcid, "");
                if (!part.isBlank()) {
                    text.append(text.isEmpty() ? "" : " ").append(part.strip());
                }
            }
        }
        String type = element.getStructureType();
        String label = switch (type) {
            case "Figure" -> type + "[" + element.getAlternateDescription() + "]";
            case "TH" -> type + "[" + scope(element) + "]";
            default -> type;
        };
        lines.add("  ".repeat(depth) + label + (text.isEmpty() ? "" : " " + text));
        if (element.getAlternateDescription() != null) {
            texts.add(element.getAlternateDescription());
        }
        if (!text.isEmpty()) {
            texts.add(text.toString());
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureNode) {
                walk(kid, depth + 1);
            }
        }
    }

    private static String scope(PDStructureElement cell) {
        Revisions<PDAttributeObject> attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject table) {
                return table.getScope();
            }
        }
        return "no scope";
    }

    private Map<Integer, String> text(PDPage page) throws IOException {
        Map<Integer, String> byMcid = textByPage.get(page);
        if (byMcid == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    byMcid.merge(content.getMCID(), text(content), String::concat);
                }
            }
            textByPage.put(page, byMcid);
        }
        return byMcid;
    }

    /** Glyphs in drawing order; a glyph not set right after the one before (a chart's next label) starts a word. */
    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                if (previous != null && !follows(previous, position)) {
                    text.append(' ');
                }
                text.append(position.getUnicode());
                previous = position;
            } else if (item instanceof PDMarkedContent nested) {
                text.append(text(nested));
                previous = null;
            }
        }
        return text.toString();
    }

    private static boolean follows(TextPosition previous, TextPosition next) {
        float end = previous.getXDirAdj() + previous.getWidthDirAdj();
        float size = Math.max(previous.getFontSizeInPt(), 4f);
        return Math.abs(next.getYDirAdj() - previous.getYDirAdj()) < size / 2
                && Math.abs(next.getXDirAdj() - end) < size / 4;
    }
}
