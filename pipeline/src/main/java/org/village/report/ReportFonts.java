package org.village.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans (SIL OFL 1.1, from openpdf-fonts-extra), parsed once per JVM and subset-embedded into each document.
 * Re-parsing the TTF for every document cut throughput to a third on this project's machines.
 *
 * <p>Sharing one parsed {@link TrueTypeFont} across threads is not safe on its own: fontbox 3.0.8 reads it by seeking
 * one shared stream, and guards glyph reads (used when embedding) and raw table reads (used when subsetting) with two
 * different locks, so an embed and a save in two threads can interleave their seeks. Both steps therefore run under
 * {@link #FONT_FILE}. Measuring and encoding text only read tables the parser already holds in memory, and stay
 * unlocked, so pages and charts are still laid out in parallel.
 */
final class ReportFonts {

    private static final Object FONT_FILE = new Object();

    private static final Face REGULAR = Face.load("/liberation/LiberationSans-Regular.ttf");
    private static final Face BOLD = Face.load("/liberation/LiberationSans-Bold.ttf");

    private ReportFonts() {
    }

    /** The two faces as loaded into one document; valid only for that document. */
    record Embedded(PDType0Font regular, PDType0Font bold) {
    }

    static Embedded embedInto(PDDocument document) throws IOException {
        synchronized (FONT_FILE) {
            return new Embedded(PDType0Font.load(document, REGULAR.ttf, true), PDType0Font.load(document, BOLD.ttf, true));
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

    /** AWT face for chart text; the chart's text drawer maps it to the embedded font by {@link Font#getFontName()}. */
    static Font awtRegular(float size) {
        return REGULAR.awt.deriveFont(size);
    }

    static Font awtBold(float size) {
        return BOLD.awt.deriveFont(size);
    }

    /**
     * The text as the embedded fonts can print it: composed (NFC) so "Nguyễn" typed with combining marks finds the
     * precomposed glyph, line breaks and tabs from spreadsheet cells as spaces, and any character either face lacks
     * as '?', because PDFBox throws on a missing glyph and one odd name must not cost the district its report.
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
            } else if (REGULAR.covers(codePoint) && BOLD.covers(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private record Face(TrueTypeFont ttf, CmapLookup cmap, Font awt) {

        static Face load(String resource) {
            try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
                }
                byte[] bytes = in.readAllBytes();
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                return new Face(ttf, ttf.getUnicodeCmapLookup(), awt);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + resource, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("Font " + resource + " is not a TrueType font", e);
            }
        }

        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }
}
