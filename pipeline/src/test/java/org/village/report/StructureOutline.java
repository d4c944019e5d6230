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
final class StructureOutline {

    private final Map<PDPage, Map<Integer, String>> textByPage = new HashMap<>();
    private final PDDocument document;
    private final List<String> lines = new ArrayList<>();

    private StructureOutline(PDDocument document) {
        this.document = document;
    }

    static List<String> of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StructureOutline outline = new StructureOutline(document);
            for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                outline.walk(kid, 0);
            }
            return outline.lines;
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

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }
}
