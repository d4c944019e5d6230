package org.village.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedding of a {@link Typeface} into documents: each family is parsed once per JVM and subset-embedded into each
 * document. Re-parsing the TTF for every document cut throughput to a third on this project's machines.
 *
 * <p>Sharing one parsed {@link TrueTypeFont} across threads is not safe on its own: fontbox 3.0.8 reads it by seeking
 * one shared stream, and guards glyph reads (used when embedding) and raw table reads (used when subsetting) with two
 * different locks, so an embed and a save in two threads can interleave their seeks. Both steps therefore run under
 * {@link #FONT_FILE}. Measuring and encoding text only read tables the parser already holds in memory, and stay
 * unlocked, so pages and charts are still laid out in parallel.
 */
final class ReportFonts {

    private static final Object FONT_FILE = new Object();

    private ReportFonts() {
    }

    /** The family's two faces as loaded into one document; valid only for that document. */
    record Embedded(Typeface typeface, PDType0Font regular, PDType0Font bold) {
    }

    static Embedded embedInto(PDDocument document, Typeface typeface) throws IOException {
        synchronized (FONT_FILE) {
            return new Embedded(typeface, PDType0Font.load(document, typeface.regularFile(), true),
                    PDType0Font.load(document, typeface.boldFile(), true));
        }
    }

    /** Serialises the document (building the font subsets) into memory, so that disk I/O stays outside the lock. */
    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        synchronized (FONT_FILE) {
            document.save(pdf);
        }
        return pdf.toByteArray();
    }

    /**
     * The text as the embedded fonts can print it: composed (NFC) so "Nguyễn" typed with combining marks finds the
     * precomposed glyph, line breaks and tabs from spreadsheet cells as spaces, and any character a shipped face lacks
     * as '?', because PDFBox throws on a missing glyph and one odd name must not cost the district its report. Every
     * shipped family is asked, not only the theme's, so that a name prints the same whichever font a district picks.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (Typeface.everyShippedCovers(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
