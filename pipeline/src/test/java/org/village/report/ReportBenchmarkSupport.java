package org.village.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.village.report.ReportContent.SubgroupRow;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * For {@code org.village.benchmark.ReportBenchmark}: school dashboards to render, and the floor to compare them with,
 * the same pages, text lines and charts drawn at fixed places with no layout (no measuring, wrapping, tables, page
 * breaks or templates). Also used by {@code org.village.benchmark.MonthEndBenchmark} for the floor under a month's
 * real reports.
 */
public final class ReportBenchmarkSupport {

    private ReportBenchmarkSupport() {
    }

    public static ReportRenderer renderer() {
        return new ReportRenderer(ReportTemplates.load(null, "en"));
    }

    /** A school dashboard like the sample's, its name and figures varied by {@code i} so no two are alike. */
    public static ReportContent schoolDashboard(int i) {
        ReportContent school = Dashboards.school();
        List<SubgroupRow> equity = new ArrayList<>(Dashboards.equity());
        for (int grade = 1; grade <= 8; grade++) {
            Figure rate = Figure.percent(0.90 + ((i + grade) % 9) / 100.0, 60 + grade);
            equity.add(new SubgroupRow("grade:" + grade, rate, Figure.percent(0.08 + grade / 200.0, 60),
                    Figure.change(rate, Figure.percent(0.94, 900))));
        }
        return new ReportContent(school.kind(), school.districtName(),
                String.format("Escuela Nguyễn–Zoë %03d", i), school.month(), school.dataThrough(),
                school.generatedOn(), school.minimumGroupSize(), school.tiles(), school.trend(), school.schools(),
                Dashboards.partnerships(), equity, null, null, List.of(), school.dataQuality());
    }

    /** Each page's text lines, read back from a rendered report, for the bare drawing to print. */
    public static List<List<String>> lines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(ReportFonts::printable).toList());
            }
        }
        return pages;
    }

    /** The same pages, lines and charts as the school dashboard, each line at the next fixed place down the page. */
    public static byte[] bare(ReportContent content, List<List<String>> pages) throws IOException {
        return bare(pages, List.of(ReportCharts.trend(content.trend(), Dashboards.THEME, Dashboards.MESSAGES)));
    }

    /**
     * The charts a report of {@code content}'s kind draws with the shipped templates, under the same conditions as
     * {@link ReportSections}: the floor draws the same charts as the laid-out report.
     */
    public static List<JFreeChart> charts(ReportContent content, Theme theme, Messages messages) {
        List<JFreeChart> charts = new ArrayList<>();
        switch (content.kind()) {
            case DISTRICT_DASHBOARD, SCHOOL_DASHBOARD -> {
                if (!content.trend().currentYear().isEmpty() || !content.trend().baselineYear().isEmpty()) {
                    charts.add(ReportCharts.trend(content.trend(), theme, messages));
                }
                if (content.kind() == ReportKind.DISTRICT_DASHBOARD && content.schools().stream().anyMatch(
                        row -> row.attendanceRateMonth() != null && row.attendanceRateMonth().isShown())) {
                    Double districtRate = content.tiles().stream()
                            .filter(tile -> tile.key().equals("attendance_rate") && tile.value().isShown())
                            .map(tile -> tile.value().value()).findFirst().orElse(null);
                    charts.add(ReportCharts.schoolDotPlot(content.schools(), districtRate, theme, messages));
                }
            }
            case BOARD_PACKET -> {
                List<ReportContent.PartnershipRow> partnerships = content.partnerships().stream()
                        .filter(row -> row.partnershipId() != null).toList();
                if (partnerships.stream().anyMatch(row -> row.effect().isShown())) {
                    charts.add(ReportCharts.effects(partnerships, theme, messages));
                }
                if (!content.investmentTrend().isEmpty()) {
                    charts.add(ReportCharts.investmentTrend(content.investmentTrend(), theme, messages));
                }
            }
            case SUCCESS_STORY -> {
                ReportContent.Story story = content.story();
                if (story != null && story.participantsChange() != null && story.participantsChange().isShown()
                        && story.comparisonChange() != null && story.comparisonChange().isShown()) {
                    charts.add(ReportCharts.changeSinceBaseline(story.participantsChange(), story.comparisonChange(),
                            theme, messages));
                }
            }
        }
        return charts;
    }

    /**
     * The given pages' text lines, each at the next fixed place down its page, and the charts one below another from
     * the top of the first pages (a chart per page, the rest on the last page): no measuring, wrapping, tables, page
     * breaks, tags or templates.
     */
    public static byte[] bare(List<List<String>> pages, List<JFreeChart> charts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts.Embedded fonts = ReportFonts.embedInto(document, Typeface.standard());
            PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();
            chartText.registerFont(Typeface.standard().awtRegular(1).getFontName(), fonts.regular());
            chartText.registerFont(Typeface.standard().awtBold(1).getFontName(), fonts.bold());
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PageCanvas.PAGE);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    List<JFreeChart> onPage = i < pages.size() - 1
                            ? charts.subList(Math.min(i, charts.size()), Math.min(i + 1, charts.size()))
                            : charts.subList(Math.min(i, charts.size()), charts.size());
                    float y = 400f;
                    for (JFreeChart chart : onPage) {
                        chart(document, stream, chartText, chart, y);
                        y = Math.max(20f, y - 200f);
                    }
                    stream.beginText();
                    stream.setFont(fonts.regular(), 8.5f);
                    stream.newLineAtOffset(54f, 740f);
                    for (String line : pages.get(i)) {
                        stream.showText(line);
                        stream.newLineAtOffset(0, -11f);
                    }
                    stream.endText();
                }
            }
            chartText.close();
            return ReportFonts.save(document);
        }
    }

    private static void chart(PDDocument document, PDPageContentStream stream,
            PdfBoxGraphics2DFontTextDrawer chartText, JFreeChart chart, float y) throws IOException {
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, 504, 190);
        g2.setFontTextDrawer(chartText);
        chart.draw(g2, new Rectangle2D.Double(0, 0, 504, 190));
        g2.dispose();
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(54, y));
        stream.drawForm(g2.getXFormObject());
        stream.restoreGraphicsState();
    }
}
