package org.village.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font family the reports can embed, named by {@code theme.yml}: its regular and bold faces, parsed once per JVM.
 * The families are those of openpdf-fonts-extra (SIL OFL 1.1) that print José, Nguyễn and Zoë; its Mono family is
 * left out, since a report set in a typewriter face reads as a printout, not as the district's document.
 */
public final class Typeface {

    private static final Typeface LIBERATION_SANS = new Typeface("Liberation Sans", "LiberationSans");
    private static final Typeface LIBERATION_SERIF = new Typeface("Liberation Serif", "LiberationSerif");
    private static final List<Typeface> SHIPPED = List.of(LIBERATION_SANS, LIBERATION_SERIF);

    private final String name;
    private final Face regular;
    private final Face bold;

    private Typeface(String name, String fileStem) {
        this.name = name;
        this.regular = Face.load("/liberation/" + fileStem + "-Regular.ttf");
        this.bold = Face.load("/liberation/" + fileStem + "-Bold.ttf");
    }

    /** The family a theme gets when it names none. */
    public static Typeface standard() {
        return LIBERATION_SANS;
    }

    /** The family with this name, ignoring case and surrounding spaces. */
    public static Optional<Typeface> named(String name) {
        return SHIPPED.stream().filter(typeface -> typeface.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    public static List<String> names() {
        return SHIPPED.stream().map(Typeface::name).toList();
    }

    /** Whether every family a theme may name has both faces' glyph for the character. */
    static boolean everyShippedCovers(int codePoint) {
        for (Typeface typeface : SHIPPED) {
            if (!typeface.covers(codePoint)) {
                return false;
            }
        }
        return true;
    }

    public String name() {
        return name;
    }

    /** AWT face for chart text; the chart's text drawer maps it to the embedded font by {@link Font#getFontName()}. */
    Font awtRegular(float size) {
        return regular.awt.deriveFont(size);
    }

    Font awtBold(float size) {
        return bold.awt.deriveFont(size);
    }

    TrueTypeFont regularFile() {
        return regular.ttf;
    }

    TrueTypeFont boldFile() {
        return bold.ttf;
    }

    boolean covers(int codePoint) {
        return regular.covers(codePoint) && bold.covers(codePoint);
    }

    @Override
    public String toString() {
        return name;
    }

    private record Face(TrueTypeFont ttf, CmapLookup cmap, Font awt) {

        static Face load(String resource) {
            try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource
                            + " is not on the classpath (openpdf-fonts-extra)");
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
