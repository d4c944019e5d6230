package org.village.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of one tagged document (ISO 32000-1 §14.7, required by PDF/UA-1 §7.1 and PDF/A-2 level a):
 * a StructTreeRoot holding one Document element, the marked-content ids of each page, and the ParentTree that maps
 * every id on a page back to its structure element, which is how a screen reader finds the element for a glyph.
 */
final class StructureTree {

    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Indexed by each page's StructParents key; entry i of a page's array is the element that owns MCID i. */
    private final List<COSArray> owners = new ArrayList<>();

    StructureTree(PDDocument pdf) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    void addPage(PDPage page) {
        page.setStructParents(owners.size());
        owners.add(new COSArray());
        // PDF/UA-1 §7.18.3: tab order follows the structure.
        page.getCOSObject().setItem(TABS, COSName.S);
    }

    /** The next marked-content id on {@code page}, recorded as belonging to {@code element}. */
    int mark(PDPage page, PDStructureElement element) {
        COSArray pageOwners = owners.get(page.getStructParents());
        int mcid = pageOwners.size();
        pageOwners.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (page.equals(element.getPage())) {
            element.appendKid(mcid);
        } else {
            // An element continued on a later page (a paragraph or table broken across pages) names that page.
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        return mcid;
    }

    /** Writes the ParentTree; call once, after the last page is drawn. */
    void finish() {
        Map<Integer, COSArray> numbers = new LinkedHashMap<>();
        for (int key = 0; key < owners.size(); key++) {
            numbers.put(key, owners.get(key));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(owners.size());
    }
}
