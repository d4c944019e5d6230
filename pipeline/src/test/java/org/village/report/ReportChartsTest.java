package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.village.report.ReportContent.AttendanceTrend;
import org.village.report.ReportContent.Estimate;
import org.village.report.ReportContent.MonthAmount;
import org.village.report.ReportContent.PartnershipRow;
import org.village.report.ReportContent.SchoolRow;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

class ReportChartsTest {

    @Test
    void trendHoldsExactlyTheGivenPointsUnderTheYearLabels() {
        AttendanceTrend trend = Dashboards.trend();

        CategoryDataset data = plot(ReportCharts.trend(trend, Dashboards.THEME, Dashboards.MESSAGES)).getDataset();

        assertThat(data.getRowKeys()).containsExactly("2026\u201327", "2025\u201326");
        assertThat(data.getColumnKeys()).containsExactly(
                "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun");
        assertThat(values(data, 0)).containsExactly(95.1, 94.4, 94.1, null, null, null, null, null, null, null, null);
        assertThat(values(data, 1)).containsExactly(94.8, 93.9, 93.6, 92.8, 91.7, 92.1, 92.5, 92.9, 92.4, 91.5, 90.8);
    }

    @Test
    void aMonthLeftOutIsAGapNotAZero() {
        AttendanceTrend trend = new AttendanceTrend("2026\u201327", "2025\u201326",
                List.of(Dashboards.point(2026, 8, 0.95), Dashboards.point(2026, 10, 0.94)),
                List.of(Dashboards.point(2025, 8, 0.93), Dashboards.point(2025, 9, 0.92),
                        Dashboards.point(2025, 10, 0.91)));

        CategoryDataset data = ReportCharts.trendDataset(trend, Locale.US);

        assertThat(data.getColumnKeys()).containsExactly("Aug", "Sep", "Oct");
        assertThat(values(data, 0)).containsExactly(95.0, null, 94.0);
    }

    @Test
    void aBaselineYearWithoutDataHasNoSeriesAndNoLegendEntry() {
        AttendanceTrend trend = new AttendanceTrend("2025\u201326", "2024\u201325",
                List.of(Dashboards.point(2025, 8, 0.949)), List.of());

        CategoryDataset data = ReportCharts.trendDataset(trend, Locale.US);

        assertThat(data.getRowKeys()).containsExactly("2025\u201326");
        assertThat(ReportCharts.trend(trend, Dashboards.THEME, Dashboards.MESSAGES).getLegend().getSources()[0].getLegendItems().getItemCount())
                .isEqualTo(1);
    }

    @Test
    void monthsFollowTheSchoolYearEvenWhenOnlyTheCurrentYearHasThem() {
        AttendanceTrend trend = new AttendanceTrend("2026\u201327", "2025\u201326",
                List.of(Dashboards.point(2026, 8, 0.95), Dashboards.point(2026, 9, 0.94)),
                List.of(Dashboards.point(2025, 9, 0.93), Dashboards.point(2026, 1, 0.92)));

        assertThat(ReportCharts.trendDataset(trend, Locale.US).getColumnKeys()).containsExactly("Aug", "Sep", "Jan");
    }

    @Test
    void trendRangeFitsTheDataWithRoomAboveAndBelow() {
        NumberAxis axis = (NumberAxis) plot(ReportCharts.trend(Dashboards.trend(), Dashboards.THEME, Dashboards.MESSAGES)).getRangeAxis();

        assertThat(axis.getLabel()).isEqualTo("Attendance rate (%)");
        assertThat(axis.getLowerBound()).isLessThan(90.8).isGreaterThan(80);
        assertThat(axis.getUpperBound()).isGreaterThan(95.1).isLessThanOrEqualTo(100);
    }

    @Test
    void schoolDotPlotLeavesOutSuppressedAndMissingSchoolsAndSortsHighestFirst() {
        List<SchoolRow> schools = List.of(
                Dashboards.school("Lincoln", 300, 0.91, 0.92, 0.1),
                new SchoolRow("Tiny", Figure.suppressed(Figure.Kind.COUNT, 6), Figure.suppressed(Figure.Kind.PERCENT, 6),
                        Figure.suppressed(Figure.Kind.PERCENT, 6), Figure.suppressed(Figure.Kind.PERCENT, 6)),
                new SchoolRow("New school", Figure.count(40), Figure.missing(Figure.Kind.PERCENT),
                        Figure.missing(Figure.Kind.PERCENT), Figure.missing(Figure.Kind.PERCENT)),
                Dashboards.school("École José Martí", 400, 0.95, 0.94, 0.08));

        CategoryPlot plot = plot(ReportCharts.schoolDotPlot(schools, 0.93, Dashboards.THEME, Dashboards.MESSAGES));

        assertThat(plot.getDataset().getColumnKeys()).containsExactly("École José Martí", "Lincoln");
        assertThat(values(plot.getDataset(), 0)).containsExactly(95.0, 91.0);
        assertThat(values(plot.getDataset(), 1)).containsExactly(94.0, 92.0);
        assertThat(plot.getRangeAxis().getLowerBound()).as("a dot plot zooms in; it needs no zero").isGreaterThan(80);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(marker -> assertThat(((org.jfree.chart.plot.Marker) marker).getLabel()).isEqualTo("District"));
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Attendance rate (%)");
    }

    @Test
    void chartTextIsSetInTheEmbeddedFace() {
        CategoryPlot plot = plot(ReportCharts.trend(Dashboards.trend(), Dashboards.THEME, Dashboards.MESSAGES));

        assertThat(plot.getRangeAxis().getLabelFont().getFontName()).isEqualTo("Liberation Sans");
        assertThat(plot.getDomainAxis().getTickLabelFont().getFontName()).isEqualTo("Liberation Sans");
    }

    @Test
    void effectsAreDotsWithTheirIntervalsInPointsAndSuppressedOnesLeftOut() {
        List<ReportContent.PartnershipRow> rows = Dashboards.partnerships();

        JFreeChart chart = ReportCharts.effects(rows, Dashboards.THEME, Dashboards.MESSAGES);

        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        org.jfree.data.xy.YIntervalSeriesCollection data =
                (org.jfree.data.xy.YIntervalSeriesCollection) plot.getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(2);
        assertThat(data.getYValue(0, 1)).isCloseTo(2.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(data.getStartYValue(0, 1)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(data.getEndYValue(0, 1)).isCloseTo(3.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(((org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis()).getSymbols())
                .containsExactly("Riverbend Food Bank", "Big Brothers Big Sisters of Riverbend");
        assertThat(plot.getRangeAxis().getLabel())
                .isEqualTo("Estimated effect on attendance rate (percentage points)");
    }

    /**
     * A chart's text is cut off where it leaves the chart's box (the PDF form it is drawn into ends there): every
     * string each chart draws, in English and in Spanish, lies inside it, on a chart as short as the story's (80 pt)
     * and as the board packet's investment chart (150 pt).
     */
    @Test
    void everyWordOfEveryChartIsDrawnInsideTheChartInEitherLanguage() throws IOException {
        float width = PageCanvas.pageContentWidth();
        List<String> cut = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            ReportTemplates templates = ReportTemplates.load(null, language);
            Theme theme = templates.theme();
            Messages messages = templates.messages();
            Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
            charts.put("trend", () -> ReportCharts.trend(Dashboards.trend(), theme, messages));
            charts.put("schools", () -> ReportCharts.schoolDotPlot(Dashboards.small().schools(), 0.93, theme,
                    messages));
            charts.put("effects", () -> ReportCharts.effects(Dashboards.partnerships(), theme, messages));
            charts.put("change", () -> ReportCharts.changeSinceBaseline(Dashboards.story().story().participantsChange(),
                    Dashboards.story().story().comparisonChange(), theme, messages));
            charts.put("investment", () -> ReportCharts.investmentTrend(Dashboards.board().investmentTrend(), theme,
                    messages));
            for (Map.Entry<String, Supplier<JFreeChart>> chart : charts.entrySet()) {
                for (float height : new float[] {80f, 150f}) {
                    textOutside(chart.getValue().get(), width, height).forEach(text -> cut.add(String.format(
                            Locale.ROOT, "%s chart, %s, %.0f pt high: %s", chart.getKey(), language, height, text)));
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    /**
     * The text drawn, with where it lies, that is not wholly inside the {@code width} × {@code height} box. JFreeChart
     * draws straight text with drawString, rotated text (a vertical axis's label) through a TextLayout, which draws
     * glyph vectors; only where each lands matters here, so neither is drawn.
     */
    private static List<String> textOutside(JFreeChart chart, float width, float height) throws IOException {
        Rectangle2D box = new Rectangle2D.Double(-0.5, -0.5, width + 1, height + 1);
        List<String> outside = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height) {
                @Override
                public void drawString(String text, float x, float y) {
                    check("'" + text + "'", getFont().getStringBounds(text, getFontRenderContext()), x, y);
                }

                @Override
                public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
                    check("a rotated label of " + glyphs.getNumGlyphs() + " characters", glyphs.getLogicalBounds(), x,
                            y);
                }

                private void check(String what, Rectangle2D bounds, float x, float y) {
                    Rectangle2D placed = getTransform().createTransformedShape(new Rectangle2D.Double(
                            x + bounds.getX(), y + bounds.getY(), bounds.getWidth(), bounds.getHeight())).getBounds2D();
                    if (!box.contains(placed)) {
                        outside.add(String.format(Locale.ROOT, "%s from (%.0f, %.0f) to (%.0f, %.0f)", what,
                                placed.getMinX(), placed.getMinY(), placed.getMaxX(), placed.getMaxY()));
                    }
                }
            };
            try {
                ReportCharts.draw(chart, g2, width, height);
            } finally {
                g2.dispose();
            }
        }
        return outside;
    }

    private static CategoryPlot plot(JFreeChart chart) {
        assertThat(chart.getTitle()).isNull();
        return chart.getCategoryPlot();
    }

    private static List<Double> values(CategoryDataset data, int row) {
        return java.util.stream.IntStream.range(0, data.getColumnCount())
                .mapToObj(column -> data.getValue(row, column))
                .map(value -> value == null ? null : Math.round(value.doubleValue() * 10) / 10.0)
                .toList();
    }

    /**
     * Every value axis, drawn at the size the reports give it, with data whose range is tiny or nothing at all: no two
     * tick labels may read the same (a dollar axis over $0 to $1 printed "$0 $0 $0 $1 $1 $1").
     */
    @Test
    void noAxisRepeatsATickLabel() {
        List<JFreeChart> charts = List.of(
                ReportCharts.investmentTrend(List.of(new MonthAmount(YearMonth.of(2025, 10), 0)), Dashboards.THEME,
                        Dashboards.MESSAGES),
                ReportCharts.investmentTrend(List.of(new MonthAmount(YearMonth.of(2026, 8), 1.5),
                        new MonthAmount(YearMonth.of(2026, 9), 3)), Dashboards.THEME, Dashboards.MESSAGES),
                ReportCharts.investmentTrend(List.of(new MonthAmount(YearMonth.of(2026, 10), 209_040)),
                        Dashboards.THEME, Dashboards.MESSAGES),
                ReportCharts.trend(new AttendanceTrend("2026\u201327", "2025\u201326",
                        List.of(Dashboards.point(2026, 10, 0.9371)), List.of()), Dashboards.THEME,
                        Dashboards.MESSAGES),
                ReportCharts.schoolDotPlot(List.of(Dashboards.school("A", 300, 0.9401, 0.9402, 0.1),
                        Dashboards.school("B", 300, 0.9403, 0.9404, 0.1)), 0.9402, Dashboards.THEME,
                        Dashboards.MESSAGES),
                ReportCharts.effects(List.of(effect(0.0001, -0.0001, 0.0003)), Dashboards.THEME, Dashboards.MESSAGES),
                ReportCharts.effects(List.of(effect(0.021, 0.004, 0.038), effect(-0.005, -0.02, 0.01)),
                        Dashboards.THEME, Dashboards.MESSAGES),
                ReportCharts.changeSinceBaseline(new Figure(Figure.Kind.POINTS, 0.0001, 100, false),
                        new Figure(Figure.Kind.POINTS, 0.0, 100, false), Dashboards.THEME, Dashboards.MESSAGES));
        for (JFreeChart chart : charts) {
            for (float height : new float[] {80f, 150f, 190f}) {
                List<String> labels = valueTickLabels(chart, 504, height);
                assertThat(labels).as("tick labels at height %s", height).isNotEmpty().doesNotHaveDuplicates();
            }
        }
    }

    private static PartnershipRow effect(double value, double lower, double upper) {
        return new PartnershipRow("P-" + value, "Partnership " + value, Figure.count(100),
                new Estimate(value, lower, upper, 100, false), Estimate.none(), List.of(), null, null, null);
    }

    /** The value axis's tick labels as JFreeChart lays them out in a chart of this size. */
    private static List<String> valueTickLabels(JFreeChart chart, double width, double height) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            ValueAxis axis;
            RectangleEdge edge;
            if (chart.getPlot() instanceof XYPlot xy) {
                axis = xy.getRangeAxis();
                edge = xy.getRangeAxisEdge();
            } else {
                CategoryPlot category = (CategoryPlot) chart.getPlot();
                axis = category.getRangeAxis();
                edge = category.getRangeAxisEdge();
            }
            List<String> labels = new ArrayList<>();
            for (Object tick : axis.refreshTicks(g2, new AxisState(), dataArea, edge)) {
                String text = ((ValueTick) tick).getText();
                if (text != null && !text.isEmpty()) {
                    labels.add(text);
                }
            }
            return labels;
        } finally {
            g2.dispose();
        }
    }
}
