package org.village.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.village.report.DistrictDashboard.DataQuality;
import org.village.report.DistrictDashboard.SchoolRow;

/**
 * Renders the district's monthly attendance dashboard as a PDF: header, headline tiles, the attendance trend and
 * by-school charts (vector), the schools table, definitions and what data was received. Stateless; one instance may
 * render many dashboards, also from several threads at once.
 */
public final class DistrictDashboardRenderer {

    private static final String TITLE = "Monthly attendance dashboard";
    private static final float SECTION_GAP = 18f;
    private static final float TREND_HEIGHT = 210f;
    private static final float BAR_ROW_HEIGHT = 20f;
    private static final float TERM_WIDTH = 120f;

    /** Writes the dashboard to {@code target}, replacing it; a reader never sees a half-written file there. */
    public void render(DistrictDashboard dashboard, Path target) {
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(target, "target");
        try {
            write(layOut(dashboard), target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + dashboard.districtName() + " dashboard for "
                    + ReportFormat.month(dashboard.month()) + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static byte[] layOut(DistrictDashboard dashboard) throws IOException {
        String month = ReportFormat.month(dashboard.month());
        try (PDDocument document = new PDDocument()) {
            ReportFonts.Embedded fonts = ReportFonts.embedInto(document);
            try (PageCanvas canvas = new PageCanvas(document, fonts)) {
                header(canvas, dashboard, month);
                KpiTiles.draw(canvas, dashboard.tiles(), dashboard.minimumGroupSize());
                trend(canvas, dashboard);
                schoolChart(canvas, dashboard, month);
                heading(canvas, "Schools", 100f);
                SchoolTable.draw(canvas, dashboard.schools(), dashboard.minimumGroupSize());
                definitions(canvas, dashboard.minimumGroupSize());
                dataReceived(canvas, dashboard.dataQuality());
                canvas.footers(dashboard.districtName() + " \u00b7 " + month);
            }
            ReportMetadata.describe(document, dashboard.districtName() + " \u2014 " + TITLE + ", " + month, TITLE,
                    "en-US", ZonedDateTime.now());
            return ReportFonts.save(document);
        }
    }

    private static void header(PageCanvas canvas, DistrictDashboard dashboard, String month) throws IOException {
        float top = canvas.y();
        float rightColumn = 170f;
        float nameSize = 20f;
        float x = canvas.left();
        float leftWidth = canvas.width() - rightColumn - 16f;

        List<String> name = canvas.wrap(dashboard.districtName(), canvas.bold(), nameSize, leftWidth);
        float baseline = top - nameSize;
        try (PageCanvas.Tag h1 = canvas.heading(1)) {
            for (String line : name) {
                canvas.text(line, canvas.bold(), nameSize, ReportStyle.INK, x, baseline);
                baseline -= PageCanvas.leading(nameSize);
            }
        }
        float titleBaseline = top - nameSize - (name.size() - 1) * PageCanvas.leading(nameSize) - 19f;
        canvas.text(TITLE, canvas.regular(), 12f, ReportStyle.MUTED, x, titleBaseline);
        float leftBottom = titleBaseline - 8f;

        float right = canvas.right();
        canvas.textRight(month, canvas.bold(), 14f, ReportStyle.BLUE, right, top - 15f);
        canvas.textRight("Data through " + ReportFormat.date(dashboard.dataThrough()), canvas.regular(),
                ReportStyle.SMALL, ReportStyle.MUTED, right, top - 32f);
        canvas.textRight("Generated " + ReportFormat.date(dashboard.generatedOn()), canvas.regular(),
                ReportStyle.SMALL, ReportStyle.MUTED, right, top - 44f);

        float bottom = Math.min(leftBottom, top - 52f);
        canvas.down(top - bottom);
        canvas.fillRect(canvas.left(), canvas.y() - 1.5f, canvas.width(), 1.5f, ReportStyle.BLUE);
        canvas.down(14f);
    }

    private static void trend(PageCanvas canvas, DistrictDashboard dashboard) throws IOException {
        DistrictDashboard.AttendanceTrend trend = dashboard.trend();
        if (trend.currentYear().isEmpty() && trend.baselineYear().isEmpty()) {
            heading(canvas, "Attendance rate by month", 20f);
            canvas.paragraph("No monthly attendance rates yet for " + trend.currentYearLabel() + " or "
                    + trend.baselineYearLabel() + ".", canvas.regular(), ReportStyle.BODY, ReportStyle.MUTED,
                    canvas.left(), canvas.width());
            return;
        }
        heading(canvas, "Attendance rate by month", TREND_HEIGHT + 16f);
        String comparison = trend.baselineYear().isEmpty()
                ? trend.currentYearLabel() + " by month of the school year. There is no attendance for "
                        + trend.baselineYearLabel() + " to compare with yet."
                : trend.currentYearLabel() + " compared with " + trend.baselineYearLabel()
                        + ", by month of the school year. A month without data is left as a gap.";
        canvas.paragraph(comparison, canvas.regular(),
                ReportStyle.SMALL, ReportStyle.MUTED, canvas.left(), canvas.width());
        canvas.down(4f);
        canvas.chart(AttendanceCharts.trend(trend), TREND_HEIGHT);
    }

    private static void schoolChart(PageCanvas canvas, DistrictDashboard dashboard, String month)
            throws IOException {
        List<SchoolRow> schools = dashboard.schools();
        long charted = schools.stream()
                .filter(row -> row.attendanceRateMonth() != null && row.attendanceRateMonth().value() != null)
                .count();
        // As tall as the schools need, but never taller than one page, so the chart is never cut.
        float height = Math.min(Math.max(36f + BAR_ROW_HEIGHT * charted, 100f),
                PageCanvas.pageContentHeight() - 60f);
        heading(canvas, "Attendance rate by school, " + month, charted == 0 ? 20f : height + 16f);
        if (charted == 0) {
            canvas.paragraph("No school has an attendance rate that can be shown for this month.", canvas.regular(),
                    ReportStyle.BODY, ReportStyle.MUTED, canvas.left(), canvas.width());
            return;
        }
        if (charted < schools.size()) {
            canvas.paragraph("Schools with fewer than " + dashboard.minimumGroupSize()
                    + " students, or without data this month, are not charted; they are listed in the table.",
                    canvas.regular(), ReportStyle.SMALL, ReportStyle.MUTED, canvas.left(), canvas.width());
            canvas.down(4f);
        }
        canvas.chart(AttendanceCharts.schoolRates(schools), height);
    }

    private static void definitions(PageCanvas canvas, int minimumGroupSize) throws IOException {
        heading(canvas, "Definitions", 40f);
        definition(canvas, "Attendance rate", "Days present / days enrolled, summed over students.");
        definition(canvas, "Chronic absenteeism", "Share of students enrolled at least 10 school days in the school"
                + " year to date who missed 10% or more of their enrolled days.");
        definition(canvas, "Small groups", "Figures based on fewer than " + minimumGroupSize
                + " students are not shown (" + ReportFormat.suppressed(minimumGroupSize) + ").");
    }

    private static void dataReceived(PageCanvas canvas, DataQuality quality) throws IOException {
        heading(canvas, "Data received", 40f);
        definition(canvas, "Files loaded", ReportFormat.count(quality.filesLoaded()));
        definition(canvas, "Rows loaded", ReportFormat.count(quality.rowsLoaded()));
        definition(canvas, "Rows rejected", ReportFormat.count(quality.rowsRejected()));
        canvas.down(4f);
        try (PageCanvas.Tag list = canvas.tag(StandardStructureTypes.L)) {
            for (String note : quality.notes()) {
                canvas.bulletItem(note, canvas.regular(), ReportStyle.BODY, ReportStyle.INK, 12f);
                canvas.down(2f);
            }
        }
    }

    /** A term in bold beside its wrapped explanation; the pair is kept on one page. */
    private static void definition(PageCanvas canvas, String term, String text) throws IOException {
        float size = ReportStyle.BODY;
        float leading = PageCanvas.leading(size);
        List<String> lines = canvas.wrap(text, canvas.regular(), size, canvas.width() - TERM_WIDTH);
        canvas.ensureSpace(lines.size() * leading);
        try (PageCanvas.Tag paragraph = canvas.tag(StandardStructureTypes.P)) {
            canvas.text(term, canvas.bold(), size, ReportStyle.INK, canvas.left(), canvas.y() - size);
            for (String line : lines) {
                canvas.text(line, canvas.regular(), size, ReportStyle.INK, canvas.left() + TERM_WIDTH,
                        canvas.y() - size);
                canvas.down(leading);
            }
        }
        canvas.down(3f);
    }

    /** A section heading, moved to the next page with what follows when {@code keepWithNext} does not fit under it. */
    private static void heading(PageCanvas canvas, String title, float keepWithNext) throws IOException {
        float size = ReportStyle.HEADING;
        float height = SECTION_GAP + size + 8f;
        if (!canvas.ensureSpace(height + keepWithNext)) {
            canvas.down(SECTION_GAP);
        }
        try (PageCanvas.Tag h2 = canvas.heading(2)) {
            canvas.text(title, canvas.bold(), size, ReportStyle.INK, canvas.left(), canvas.y() - size);
        }
        canvas.down(size + 8f);
    }

    private static void write(byte[] pdf, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // A sibling, so the final move is a rename on the same file system; created like any other file, so the
        // finished report gets the usual permissions.
        Path partial = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(partial, pdf);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
