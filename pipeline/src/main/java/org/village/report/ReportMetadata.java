package org.village.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document-level entries a report needs to be PDF/UA-1 and PDF/A-2a: title, language, the XMP metadata that
 * claims both standards, and the sRGB output intent. Call once per document, after the pages are drawn.
 */
final class ReportMetadata {

    private static final String CREATOR = "Village";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /**
     * The JDK's own sRGB profile (ICC v2, RGB, display class), so no profile file has to be shipped: PDF/A-2 §6.2.4.3
     * allows DeviceRGB, which every page and chart uses, only under an RGB output intent.
     */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ReportMetadata() {
    }

    /**
     * @param title what a reader recognises the report by, shown by viewers instead of the file name
     * @param subject one line on what kind of report it is
     * @param language BCP 47 tag of the report's text, e.g. "en-US" or "es-US"
     */
    static void describe(PDDocument document, String title, String subject, String language, ZonedDateTime created)
            throws IOException {
        String printableTitle = ReportFonts.printable(title);
        ZonedDateTime seconds = created.truncatedTo(ChronoUnit.SECONDS);
        // Info and XMP are written from the same values, so a tool reading either one sees the same title and date.
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printableTitle);
        info.setSubject(subject);
        info.setCreator(CREATOR);
        info.setCreationDate(GregorianCalendar.from(seconds));

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        // PDF/UA-1 §7.2: the natural language is determinable, here for the whole document.
        catalog.setLanguage(language);
        // PDF/UA-1 §7.1: viewers show the title rather than the file name.
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(printableTitle, subject, seconds).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        document.setVersion(1.7f);
    }

    /**
     * pdfaid says PDF/A-2 level a and pdfuaid PDF/UA-1 (PDF/UA-1 §5). pdfuaid is not one of the schemas PDF/A-2
     * predefines, so §6.6.2.3 requires it to be described in a pdfaExtension schema.
     */
    private static String xmp(String title, String subject, ZonedDateTime created) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created);
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(escape(title), escape(subject), CREATOR, date);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
