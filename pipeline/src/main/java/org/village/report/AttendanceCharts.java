package org.village.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.village.report.DistrictDashboard.AttendanceTrend;
import org.village.report.DistrictDashboard.MonthPoint;
import org.village.report.DistrictDashboard.SchoolRow;

/**
 * The dashboard's charts as JFreeChart objects, with no PDF involved, so their data and labels can be tested directly.
 * Every font is a Liberation face so that, drawn into PDFBox, chart text stays real text in the embedded font.
 */
final class AttendanceCharts {

    static final String RATE_AXIS_LABEL = "Attendance rate (%)";
    static final String SCHOOL_SERIES = "Attendance rate";

    /** US school years are reported July to June, so counting from July puts any district's months in order. */
    private static final Month SCHOOL_YEAR_START = Month.JULY;

    private static final double LABEL_ROOM = 109;
    private static final Color GRID = new Color(0xE4E7EB);
    private static final Font TICK_FONT = ReportFonts.awtRegular(8f);
    private static final Font LABEL_FONT = ReportFonts.awtRegular(8.5f);

    private AttendanceCharts() {
    }

    /** Current year beside the baseline on one month-of-school-year axis; rates in percent. */
    static JFreeChart trend(AttendanceTrend trend) {
        DefaultCategoryDataset data = trendDataset(trend);

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ReportStyle.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        // Dashed and square-marked as well as orange, so the baseline is told apart without colour.
        renderer.setSeriesPaint(1, ReportStyle.ORANGE);
        renderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {5f, 3f}, 0f));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-2.5, -2.5, 5, 5));

        CategoryAxis months = new CategoryAxis(null);
        months.setLowerMargin(0.02);
        months.setUpperMargin(0.02);
        NumberAxis rate = new NumberAxis(RATE_AXIS_LABEL);
        rate.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
        paddedRange(data).ifPresent(range -> rate.setRange(range[0], range[1]));

        CategoryPlot plot = new CategoryPlot(data, months, rate, renderer);
        plot.setNoDataMessage("No attendance data yet this school year");
        plot.setNoDataMessageFont(LABEL_FONT);
        plot.setNoDataMessagePaint(ReportStyle.MUTED);
        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
        style(chart, plot);
        return chart;
    }

    /** Attendance rate this month by school, highest first; suppressed and missing schools are left out. */
    static JFreeChart schoolRates(List<SchoolRow> schools) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        schools.stream()
                .filter(row -> row.attendanceRateMonth() != null && row.attendanceRateMonth().value() != null)
                .sorted(Comparator.comparing((SchoolRow row) -> row.attendanceRateMonth().value()).reversed()
                        .thenComparing(SchoolRow::schoolName))
                .forEach(row -> data.addValue(row.attendanceRateMonth().value() * 100, SCHOOL_SERIES,
                        ReportFonts.printable(row.schoolName())));

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ReportStyle.BLUE);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.US))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK_FONT);
        renderer.setDefaultItemLabelPaint(ReportStyle.INK);
        // Beside the bar end rather than inside it: JFreeChart drops an inside label that does not fit a thin bar.
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryAxis names = new CategoryAxis(null);
        // Long names wrap onto up to three lines in at most 40% of the width instead of squeezing the bars.
        names.setMaximumCategoryLabelWidthRatio(0.4f);
        names.setMaximumCategoryLabelLines(3);
        names.setCategoryMargin(0.3);
        names.setLowerMargin(0.01);
        names.setUpperMargin(0.01);
        NumberAxis rate = new NumberAxis(RATE_AXIS_LABEL);
        // Bars start at zero so their lengths compare honestly; the range runs past 100 only to make room for
        // the value labels, and the ticks stop at 100.
        rate.setRange(0, LABEL_ROOM);
        rate.setTickUnit(new NumberTickUnit(10));

        CategoryPlot plot = new CategoryPlot(data, names, rate, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, false);
        style(chart, plot);
        return chart;
    }

    static DefaultCategoryDataset trendDataset(AttendanceTrend trend) {
        Map<String, Double> current = byMonthName(trend.currentYear());
        Map<String, Double> baseline = byMonthName(trend.baselineYear());
        Map<Integer, String> axis = new TreeMap<>();
        trend.currentYear().forEach(point -> axis.put(schoolYearPosition(point.month()), shortMonth(point.month())));
        trend.baselineYear().forEach(point -> axis.put(schoolYearPosition(point.month()), shortMonth(point.month())));

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

    private static Map<String, Double> byMonthName(List<MonthPoint> points) {
        Map<String, Double> byMonth = new TreeMap<>();
        points.forEach(point -> byMonth.put(shortMonth(point.month()), point.rate() * 100));
        return byMonth;
    }

    private static String shortMonth(YearMonth month) {
        return ReportFormat.shortMonth(month);
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

    private static void style(JFreeChart chart, CategoryPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 2, 8));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        style(plot.getDomainAxis());
        plot.getDomainAxis().setTickMarksVisible(false);
        style(plot.getRangeAxis());
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickMarksVisible(false);

        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL_FONT);
            legend.setItemPaint(ReportStyle.INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
    }

    private static void style(Axis axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(ReportStyle.MUTED);
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(ReportStyle.MUTED);
        axis.setAxisLinePaint(ReportStyle.RULE);
    }
}
