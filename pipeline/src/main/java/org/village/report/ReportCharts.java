package org.village.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.village.report.ReportContent.AttendanceTrend;
import org.village.report.ReportContent.MonthAmount;
import org.village.report.ReportContent.MonthPoint;
import org.village.report.ReportContent.PartnershipRow;
import org.village.report.ReportContent.SchoolRow;

/**
 * The reports' charts as JFreeChart objects, with no PDF involved, so their data and labels can be tested directly.
 * Every font is the theme's typeface so that, drawn into PDFBox, chart text stays real text in the embedded font. Series
 * differ in marker shape and line dash as well as colour, so they are told apart in greyscale and by readers with
 * any colour-vision deficiency; the colours are the theme's two and otherwise Okabe–Ito.
 */
final class ReportCharts {

    /** US school years are reported July to June, so counting from July puts any district's months in order. */
    private static final Month SCHOOL_YEAR_START = Month.JULY;

    private static final Color GRID = new Color(0xE4E7EB);
    /** Fractional metrics, as text is measured and set in the PDF. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private ReportCharts() {
    }

    /** Current year beside the baseline on one month-of-school-year axis; rates in percent. */
    static JFreeChart trend(AttendanceTrend trend, Theme theme, Messages messages) {
        DefaultCategoryDataset data = trendDataset(trend, messages.locale());

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.primary());
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        // Dashed and square-marked as well as a second colour, so the baseline is told apart without colour.
        renderer.setSeriesPaint(1, theme.accent());
        renderer.setSeriesStroke(1, dashed(1.6f));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-2.5, -2.5, 5, 5));

        CategoryAxis months = new CategoryAxis(null);
        months.setLowerMargin(0.02);
        months.setUpperMargin(0.02);
        NumberAxis rate = new NumberAxis(messages.text("chart.attendance-axis"));
        rate.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
        paddedRange(data).ifPresent(range -> rate.setRange(range[0], range[1]));

        CategoryPlot plot = new CategoryPlot(data, months, rate, renderer);
        plot.setNoDataMessage(messages.text("chart.no-data"));
        plot.setNoDataMessageFont(labelFont(theme));
        plot.setNoDataMessagePaint(ReportStyle.MUTED);
        JFreeChart chart = new JFreeChart(null, labelFont(theme), plot, true);
        style(chart, plot, theme);
        return chart;
    }

    static DefaultCategoryDataset trendDataset(AttendanceTrend trend, Locale language) {
        Map<Integer, String> axis = new TreeMap<>();
        Map<String, Double> current = byMonthName(trend.currentYear(), language, axis);
        Map<String, Double> baseline = byMonthName(trend.baselineYear(), language, axis);

        // Columns are added in axis order, with a null for a month a series lacks, because a category dataset
        // orders its columns by first insertion; a null also breaks the line instead of drawing a zero.
        // A baseline year with no data at all gets no series, so the legend does not promise a line that is not there.
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String month : axis.values()) {
            data.addValue(current.get(month), ReportFonts.printable(trend.currentYearLabel()), month);
            if (!baseline.isEmpty()) {
                data.addValue(baseline.get(month), ReportFonts.printable(trend.baselineYearLabel()), month);
            }
        }
        return data;
    }

    /**
     * Schools compared as a dot plot: one row per school, its month's rate as a dot and its year to date as an open
     * square, on an axis zoomed to the schools' range (dots, unlike bars, need no zero), with the district's rate as
     * a line. Highest first; suppressed and missing schools are left out (the table lists them).
     */
    static JFreeChart schoolDotPlot(List<SchoolRow> schools, Double districtRate, Theme theme, Messages messages) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String month = messages.text("chart.series-month");
        String yearToDate = messages.text("chart.series-year-to-date");
        schools.stream()
                .filter(row -> row.attendanceRateMonth() != null && row.attendanceRateMonth().isShown())
                .sorted(Comparator.comparing((SchoolRow row) -> row.attendanceRateMonth().value()).reversed()
                        .thenComparing(SchoolRow::schoolName))
                .forEach(row -> {
                    String name = ReportFonts.printable(row.schoolName());
                    data.addValue(row.attendanceRateMonth().value() * 100, month, name);
                    Figure ytd = row.attendanceRateYearToDate();
                    data.addValue(ytd != null && ytd.isShown() ? ytd.value() * 100 : null, yearToDate, name);
                });

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, theme.primary());
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, theme.accent());
        renderer.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(1.5f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f));
        // No value labels: with schools a point apart they collide with each other and with the squares. The exact
        // figures are in the table printed under the chart.

        CategoryAxis names = new CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.4f);
        names.setMaximumCategoryLabelLines(3);
        names.setLowerMargin(0.04);
        names.setUpperMargin(0.04);
        NumberAxis rate = new NumberAxis(messages.text("chart.attendance-axis"));
        rate.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
        paddedRange(data).ifPresent(range -> rate.setRange(range[0], Math.min(100, range[1])));

        CategoryPlot plot = new CategoryPlot(data, names, rate, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (districtRate != null) {
            ValueMarker district = new ValueMarker(districtRate * 100, ReportStyle.MUTED, dashed(1f));
            district.setLabel(messages.text("chart.district-line"));
            district.setLabelFont(tickFont(theme));
            district.setLabelPaint(ReportStyle.MUTED);
            district.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            district.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(district);
        }
        JFreeChart chart = new JFreeChart(null, labelFont(theme), plot, true);
        style(chart, plot, theme);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(GRID);
        return chart;
    }

    /**
     * Each partnership's estimated effect on the attendance rate with its 95% interval (a forest plot), in
     * percentage points, with zero marked: an interval crossing the line is no evidence either way.
     */
    static JFreeChart effects(List<PartnershipRow> partnerships, Theme theme, Messages messages) {
        List<PartnershipRow> shown = partnerships.stream().filter(row -> row.effect().isShown()).toList();
        YIntervalSeries series = new YIntervalSeries(messages.text("chart.effect-series"));
        String[] names = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            PartnershipRow row = shown.get(i);
            int position = shown.size() - 1 - i;
            names[position] = ReportFonts.printable(row.name());
            series.add(position, row.effect().value() * 100, row.effect().lower() * 100, row.effect().upper() * 100);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesPaint(0, theme.primary());
        renderer.setErrorPaint(theme.primary());
        renderer.setErrorStroke(new BasicStroke(1.6f));
        renderer.setCapLength(6);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));

        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.6, Math.max(0.6, shown.size() - 0.4));
        NumberAxis points = new NumberAxis(messages.text("chart.effect-axis"));
        points.setAutoRangeIncludesZero(true);

        XYPlot plot = new XYPlot(data, axis, points, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, ReportStyle.MUTED, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, labelFont(theme), plot, false);
        styleChart(chart, plot, theme);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        style(axis, theme);
        axis.setTickMarksVisible(false);
        style(points, theme);
        points.setTickMarksVisible(false);
        return chart;
    }

    /** Participants' change in attendance rate since the baseline beside comparison students', in points. */
    static JFreeChart changeSinceBaseline(Figure participants, Figure comparison, Theme theme, Messages messages) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.text("chart.change-series");
        data.addValue(participants.value() * 100, series, messages.text("chart.participants"));
        data.addValue(comparison.value() * 100, series, messages.text("chart.comparison"));

        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == 0 ? theme.primary() : theme.accent();
            }
        };
        String unit = " " + messages.text("unit.points").replace("'", "''");
        bars(renderer, theme, "+0.0'" + unit + "';\u22120.0'" + unit + "'");
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));

        CategoryAxis groups = new CategoryAxis(null);
        groups.setCategoryMargin(0.35);
        NumberAxis points = new NumberAxis(messages.text("chart.change-axis"));
        double largest = Math.max(Math.abs(participants.value()), Math.abs(comparison.value())) * 100;
        double room = Math.max(1, Math.ceil(largest * 1.4));
        points.setRange(Math.min(participants.value(), comparison.value()) < 0 ? -room : 0, room);

        CategoryPlot plot = new CategoryPlot(data, groups, points, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ReportStyle.MUTED, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, labelFont(theme), plot, false);
        style(chart, plot, theme);
        return chart;
    }

    /** The school year's investment so far, month by month, as bars in dollars. */
    static JFreeChart investmentTrend(List<MonthAmount> months, Theme theme, Messages messages) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.text("chart.investment-series");
        months.forEach(point -> data.addValue(point.amount(), series,
                ReportFormat.shortMonth(point.month(), messages.locale())));
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, theme.primary());
        bars(renderer, theme, "$#,##0");
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryAxis axis = new CategoryAxis(null);
        axis.setCategoryMargin(0.3);
        NumberAxis dollars = new NumberAxis(messages.text("chart.investment-axis"));
        dollars.setStandardTickUnits(wholeNumberTicks(new DecimalFormat("$#,##0",
                DecimalFormatSymbols.getInstance(Locale.US))));
        double max = months.stream().mapToDouble(MonthAmount::amount).max().orElse(0);
        dollars.setRange(0, Math.max(1, max * 1.18));
        CategoryPlot plot = new CategoryPlot(data, axis, dollars, renderer);
        JFreeChart chart = new JFreeChart(null, labelFont(theme), plot, false);
        style(chart, plot, theme);
        return chart;
    }

    /**
     * Tick steps of 1, 2 or 5 times a power of ten, never below one, each labelled in {@code format}: a format that
     * prints whole numbers given steps of 0.2 repeats its labels ("$0 $0 $0 $1 $1 $1" over a range of one dollar).
     */
    static TickUnits wholeNumberTicks(NumberFormat format) {
        TickUnits units = new TickUnits();
        for (double power = 1; power <= 1e12; power *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(step * power, format));
            }
        }
        return units;
    }

    /**
     * Draws the chart into a {@code width} × {@code height} box. JFreeChart sets an axis label on one line, centred on
     * its axis, and cuts off what overhangs: a label longer than its axis (a Spanish one on a short chart) would lose
     * its ends. Such a label is measured after a first layout and moved to a title over the plot (under it for a
     * horizontal axis), which wraps within the chart's width, so every word of it is printed.
     */
    static void draw(JFreeChart chart, Graphics2D g2, double width, double height) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
        fitAxisLabels(chart, area);
        chart.draw(g2, area);
    }

    private static void fitAxisLabels(JFreeChart chart, Rectangle2D area) {
        List<Axis> axes = new ArrayList<>();
        List<RectangleEdge> edges = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot plot) {
            axes.add(plot.getDomainAxis());
            edges.add(plot.getDomainAxisEdge());
            axes.add(plot.getRangeAxis());
            edges.add(plot.getRangeAxisEdge());
        } else if (chart.getPlot() instanceof XYPlot plot) {
            axes.add(plot.getDomainAxis());
            edges.add(plot.getDomainAxisEdge());
            axes.add(plot.getRangeAxis());
            edges.add(plot.getRangeAxisEdge());
        }
        if (axes.stream().allMatch(axis -> axis == null || axis.getLabel() == null)) {
            return;
        }
        ChartRenderingInfo layout = new ChartRenderingInfo();
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            scratch.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(scratch, area, layout);
        } finally {
            scratch.dispose();
        }
        Rectangle2D data = layout.getPlotInfo().getDataArea();
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            if (axis == null || axis.getLabel() == null) {
                continue;
            }
            boolean vertical = RectangleEdge.isLeftOrRight(edges.get(i));
            double room = vertical ? data.getHeight() : data.getWidth();
            if (axis.getLabelFont().getStringBounds(axis.getLabel(), MEASURE).getWidth() <= room) {
                continue;
            }
            TextTitle title = new TextTitle(axis.getLabel(), axis.getLabelFont(), axis.getLabelPaint(),
                    vertical ? RectangleEdge.TOP : RectangleEdge.BOTTOM,
                    vertical ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                    new RectangleInsets(2, 0, 2, 0));
            axis.setLabel(null);
            chart.addSubtitle(title);
        }
    }

    private static void bars(BarRenderer renderer, Theme theme, String labelFormat) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(labelFormat, DecimalFormatSymbols.getInstance(Locale.US))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(tickFont(theme));
        renderer.setDefaultItemLabelPaint(ReportStyle.INK);
        // Beside the bar end rather than inside it: JFreeChart drops an inside label that does not fit a thin bar.
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    }

    private static Map<String, Double> byMonthName(List<MonthPoint> points, Locale language,
            Map<Integer, String> axis) {
        Map<String, Double> byMonth = new TreeMap<>();
        points.forEach(point -> {
            String name = ReportFormat.shortMonth(point.month(), language);
            axis.put(schoolYearPosition(point.month()), name);
            byMonth.put(name, point.rate() * 100);
        });
        return byMonth;
    }

    private static int schoolYearPosition(YearMonth month) {
        return Math.floorMod(month.getMonthValue() - SCHOOL_YEAR_START.getValue(), 12);
    }

    /**
     * A range that fits the data with room above and below: 0 to 100 would flatten differences of a point or two,
     * which are what a district watches. Whole percents at the ends, so the ticks land on round numbers.
     */
    private static Optional<double[]> paddedRange(DefaultCategoryDataset data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null) {
                    min = Math.min(min, value.doubleValue());
                    max = Math.max(max, value.doubleValue());
                }
            }
        }
        if (min > max) {
            return Optional.empty();
        }
        double pad = Math.max(1.0, (max - min) * 0.15);
        return Optional.of(new double[] {Math.max(0, Math.floor(min - pad)), Math.ceil(max + pad)});
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f);
    }

    private static Font tickFont(Theme theme) {
        return theme.typeface().awtRegular(8f);
    }

    private static Font labelFont(Theme theme) {
        return theme.typeface().awtRegular(8.5f);
    }

    private static void style(JFreeChart chart, CategoryPlot plot, Theme theme) {
        styleChart(chart, plot, theme);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        style(plot.getDomainAxis(), theme);
        plot.getDomainAxis().setTickMarksVisible(false);
        style(plot.getRangeAxis(), theme);
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickMarksVisible(false);
    }

    static void styleChart(JFreeChart chart, Plot plot, Theme theme) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 2, 8));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (plot instanceof CategoryPlot category) {
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(labelFont(theme));
            legend.setItemPaint(ReportStyle.INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
    }

    static void style(Axis axis, Theme theme) {
        axis.setTickLabelFont(tickFont(theme));
        axis.setTickLabelPaint(ReportStyle.MUTED);
        axis.setLabelFont(labelFont(theme));
        axis.setLabelPaint(ReportStyle.MUTED);
        axis.setAxisLinePaint(ReportStyle.RULE);
    }
}
