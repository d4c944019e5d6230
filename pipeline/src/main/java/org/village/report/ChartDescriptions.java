package org.village.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A chart's text alternative read from its own data, for charts drawn without one written by hand: what is charted and
 * every value in it, e.g. "Bar chart of Attendance rate (%). Attendance rate: Lincoln 94.1, Oak Park 92.0." A listener
 * hears the numbers a sighted reader sees, never a number the chart does not show (suppressed figures are not charted).
 */
final class ChartDescriptions {

    private ChartDescriptions() {
    }

    static String describe(JFreeChart chart) {
        Plot plot = chart.getPlot();
        String title = chart.getTitle() == null ? null : chart.getTitle().getText();
        if (!(plot instanceof CategoryPlot category) || category.getDataset() == null) {
            return title == null || title.isBlank() ? "Chart" : "Chart: " + title;
        }
        CategoryDataset data = category.getDataset();
        String kind = category.getRenderer() instanceof LineAndShapeRenderer ? "Line chart" : "Bar chart";
        String measure = category.getRangeAxis() == null ? null : category.getRangeAxis().getLabel();
        StringBuilder text = new StringBuilder(kind);
        if (title != null && !title.isBlank()) {
            text.append(": ").append(title);
        }
        if (measure != null && !measure.isBlank()) {
            text.append(" of ").append(measure);
        }
        text.append('.');
        if (data.getColumnCount() == 0) {
            return text.append(" No data.").toString();
        }
        DecimalFormat number = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.US));
        for (int row = 0; row < data.getRowCount(); row++) {
            List<String> points = new ArrayList<>();
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null) {
                    points.add(data.getColumnKey(column) + " " + number.format(value.doubleValue()));
                }
            }
            text.append(' ').append(data.getRowKey(row)).append(": ")
                    .append(points.isEmpty() ? "no data" : String.join(", ", points)).append('.');
        }
        return text.toString();
    }
}
