package org.village.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * For {@code org.village.benchmark.MonthEndBenchmark}: how a month-end run's time grows with the district, drawn with
 * the reports' own chart style (fonts, grid, legend, the theme's two colours then Okabe–Ito, and a marker shape and
 * dash per series so the lines are told apart without colour), written as a PNG for BENCHMARKS.md.
 */
public final class ScalingChart {

    /** One line of the chart: its legend label and its points (students, seconds). */
    public record Line(String label, List<double[]> points) {
    }

    private static final Color[] OKABE_ITO = {new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
            new Color(0xD55E00)};
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-3.5, -3.5, 7, 7),
            new Rectangle2D.Double(-3, -3, 6, 6), triangle(), diamond(), new Ellipse2D.Double(-2.5, -2.5, 5, 5),
            new Rectangle2D.Double(-2, -2, 4, 4)};

    private ScalingChart() {
    }

    /** Writes the chart as a PNG of {@code width} × {@code height} points drawn at twice that many pixels. */
    public static void writePng(Path png, String title, String subtitle, List<Line> lines, int width, int height)
            throws IOException {
        Theme theme = ReportTemplates.load(null, "en").theme();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.size(); i++) {
            XYSeries series = new XYSeries(lines.get(i).label(), true, false);
            lines.get(i).points().forEach(point -> series.add(point[0], point[1]));
            data.addSeries(series);
            renderer.setSeriesPaint(i, i == 0 ? theme.primary() : i == 1 ? theme.accent() : OKABE_ITO[(i - 2)
                    % OKABE_ITO.length]);
            renderer.setSeriesStroke(i, i % 2 == 0 ? new BasicStroke(i == 0 ? 2.2f : 1.6f)
                    : ReportCharts.dashed(1.6f));
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
        }
        NumberAxis students = new NumberAxis("Students in the district");
        students.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
        students.setAutoRangeIncludesZero(true);
        students.setUpperMargin(0.04);
        NumberAxis seconds = new NumberAxis("Wall time, seconds");
        seconds.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
        seconds.setAutoRangeIncludesZero(true);
        seconds.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(data, students, seconds, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xE4E7EB));
        JFreeChart chart = new JFreeChart(null, theme.typeface().awtRegular(8.5f), plot, true);
        ReportCharts.styleChart(chart, plot, theme);
        ReportCharts.style(students, theme);
        ReportCharts.style(seconds, theme);
        TextTitle heading = new TextTitle(title, theme.typeface().awtBold(10f));
        heading.setPaint(ReportStyle.INK);
        heading.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(heading);
        TextTitle note = new TextTitle(subtitle, theme.typeface().awtRegular(8f));
        note.setPaint(ReportStyle.MUTED);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(0, note);
        chart.setPadding(new RectangleInsets(8, 8, 8, 14));

        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(2, 2);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static Shape triangle() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -4);
        shape.lineTo(3.5, 3);
        shape.lineTo(-3.5, 3);
        shape.closePath();
        return shape;
    }

    private static Shape diamond() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -4);
        shape.lineTo(4, 0);
        shape.lineTo(0, 4);
        shape.lineTo(-4, 0);
        shape.closePath();
        return shape;
    }
}
