package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.village.report.DistrictDashboard.AttendanceTrend;
import org.village.report.DistrictDashboard.SchoolRow;

class AttendanceChartsTest {

    @Test
    void trendHoldsExactlyTheGivenPointsUnderTheYearLabels() {
        AttendanceTrend trend = Dashboards.trend();

        CategoryDataset data = plot(AttendanceCharts.trend(trend)).getDataset();

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

        CategoryDataset data = AttendanceCharts.trendDataset(trend);

        assertThat(data.getColumnKeys()).containsExactly("Aug", "Sep", "Oct");
        assertThat(values(data, 0)).containsExactly(95.0, null, 94.0);
    }

    @Test
    void aBaselineYearWithoutDataHasNoSeriesAndNoLegendEntry() {
        AttendanceTrend trend = new AttendanceTrend("2025\u201326", "2024\u201325",
                List.of(Dashboards.point(2025, 8, 0.949)), List.of());

        CategoryDataset data = AttendanceCharts.trendDataset(trend);

        assertThat(data.getRowKeys()).containsExactly("2025\u201326");
        assertThat(AttendanceCharts.trend(trend).getLegend().getSources()[0].getLegendItems().getItemCount())
                .isEqualTo(1);
    }

    @Test
    void monthsFollowTheSchoolYearEvenWhenOnlyTheCurrentYearHasThem() {
        AttendanceTrend trend = new AttendanceTrend("2026\u201327", "2025\u201326",
                List.of(Dashboards.point(2026, 8, 0.95), Dashboards.point(2026, 9, 0.94)),
                List.of(Dashboards.point(2025, 9, 0.93), Dashboards.point(2026, 1, 0.92)));

        assertThat(AttendanceCharts.trendDataset(trend).getColumnKeys()).containsExactly("Aug", "Sep", "Jan");
    }

    @Test
    void trendRangeFitsTheDataWithRoomAboveAndBelow() {
        NumberAxis axis = (NumberAxis) plot(AttendanceCharts.trend(Dashboards.trend())).getRangeAxis();

        assertThat(axis.getLabel()).isEqualTo("Attendance rate (%)");
        assertThat(axis.getLowerBound()).isLessThan(90.8).isGreaterThan(80);
        assertThat(axis.getUpperBound()).isGreaterThan(95.1).isLessThanOrEqualTo(100);
    }

    @Test
    void schoolChartLeavesOutSuppressedAndMissingSchoolsAndSortsHighestFirst() {
        List<SchoolRow> schools = List.of(
                Dashboards.school("Lincoln", 300, 0.91, 0.92, 0.1),
                new SchoolRow("Tiny", Figure.suppressed(Figure.Kind.COUNT, 6), Figure.suppressed(Figure.Kind.PERCENT, 6),
                        Figure.suppressed(Figure.Kind.PERCENT, 6), Figure.suppressed(Figure.Kind.PERCENT, 6)),
                new SchoolRow("New school", Figure.count(40), Figure.missing(Figure.Kind.PERCENT),
                        Figure.missing(Figure.Kind.PERCENT), Figure.missing(Figure.Kind.PERCENT)),
                Dashboards.school("École José Martí", 400, 0.95, 0.94, 0.08));

        CategoryPlot plot = plot(AttendanceCharts.schoolRates(schools));

        assertThat(plot.getDataset().getColumnKeys()).containsExactly("École José Martí", "Lincoln");
        assertThat(values(plot.getDataset(), 0)).containsExactly(95.0, 91.0);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Attendance rate (%)");
    }

    @Test
    void chartTextIsSetInTheEmbeddedFace() {
        CategoryPlot plot = plot(AttendanceCharts.trend(Dashboards.trend()));

        assertThat(plot.getRangeAxis().getLabelFont().getFontName()).isEqualTo("Liberation Sans");
        assertThat(plot.getDomainAxis().getTickLabelFont().getFontName()).isEqualTo("Liberation Sans");
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
}
