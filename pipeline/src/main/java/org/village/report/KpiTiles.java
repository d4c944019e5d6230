package org.village.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/** The rows of headline figures under the page header: label, big value, what it is compared to. */
final class KpiTiles {

    private static final int PER_ROW = 4;
    private static final float GAP = 10f;
    private static final float PAD = 10f;
    private static final float ACCENT = 3f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float VALUE_SIZE = 22f;
    private static final float MIN_VALUE_SIZE = 12f;
    private static final float COMPARISON_SIZE = 8f;

    private KpiTiles() {
    }

    /** A tile as printed: its label, its value already formatted, and up to a few lines comparing it. */
    record Tile(String label, String value, List<String> comparisons) {
    }

    /** Draws the tiles, telling {@code drawn} each tile's index once it is on its page. */
    static void draw(PageCanvas canvas, List<Tile> tiles, Color accent, IntConsumer drawn) throws IOException {
        int perRow = tiles.size() <= PER_ROW ? PER_ROW : tiles.size() <= 6 ? 3 : PER_ROW;
        for (int start = 0; start < tiles.size(); start += perRow) {
            int end = Math.min(start + perRow, tiles.size());
            drawRow(canvas, tiles.subList(start, end), accent);
            for (int i = start; i < end; i++) {
                drawn.accept(i);
            }
        }
    }

    private record Layout(List<String> label, String value, float valueSize, List<String> comparison) {
    }

    private static void drawRow(PageCanvas canvas, List<Tile> row, Color accent) throws IOException {
        int columns = Math.max(row.size(), 3);
        float tileWidth = (canvas.width() - GAP * (columns - 1)) / columns;
        float inner = tileWidth - 2 * PAD;

        List<Layout> layouts = new ArrayList<>();
        int labelLines = 1;
        int comparisonLines = 0;
        for (Tile tile : row) {
            String value = tile.value();
            float size = VALUE_SIZE;
            while (size > MIN_VALUE_SIZE && canvas.textWidth(value, canvas.bold(), size) > inner) {
                size -= 1f;
            }
            List<String> comparison = new ArrayList<>();
            for (String line : tile.comparisons()) {
                comparison.addAll(canvas.wrap(line, canvas.regular(), COMPARISON_SIZE, inner));
            }
            Layout layout = new Layout(canvas.wrap(tile.label(), canvas.regular(), LABEL_SIZE, inner), value, size,
                    comparison);
            layouts.add(layout);
            labelLines = Math.max(labelLines, layout.label().size());
            comparisonLines = Math.max(comparisonLines, layout.comparison().size());
        }
        // One height for the row, with label, value and comparison on the same lines in every tile.
        float labelBlock = labelLines * PageCanvas.leading(LABEL_SIZE);
        float valueBlock = VALUE_SIZE * 1.25f;
        float comparisonBlock = comparisonLines * PageCanvas.leading(COMPARISON_SIZE);
        float height = ACCENT + PAD + labelBlock + valueBlock + comparisonBlock + PAD;

        canvas.ensureSpace(height);
        float top = canvas.y();
        float x = canvas.left();
        for (Layout layout : layouts) {
            canvas.fillRect(x, top - height, tileWidth, height, ReportStyle.TINT);
            canvas.fillRect(x, top - ACCENT, tileWidth, ACCENT, accent);
            float baseline = top - ACCENT - PAD - LABEL_SIZE;
            try (PageCanvas.Tag label = canvas.tag(StandardStructureTypes.P)) {
                for (String line : layout.label()) {
                    canvas.text(line, canvas.regular(), LABEL_SIZE, ReportStyle.INK, x + PAD, baseline);
                    baseline -= PageCanvas.leading(LABEL_SIZE);
                }
            }
            float valueBaseline = top - ACCENT - PAD - labelBlock - 4f - VALUE_SIZE * 0.75f;
            canvas.text(layout.value(), canvas.bold(), layout.valueSize(), ReportStyle.INK, x + PAD, valueBaseline);
            baseline = top - ACCENT - PAD - labelBlock - valueBlock - COMPARISON_SIZE + 2f;
            try (PageCanvas.Tag comparison = canvas.tag(StandardStructureTypes.P)) {
                for (String line : layout.comparison()) {
                    canvas.text(line, canvas.regular(), COMPARISON_SIZE, ReportStyle.MUTED, x + PAD, baseline);
                    baseline -= PageCanvas.leading(COMPARISON_SIZE);
                }
            }
            x += tileWidth + GAP;
        }
        canvas.down(height + GAP);
    }
}
