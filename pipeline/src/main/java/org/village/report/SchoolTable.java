package org.village.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.village.report.DistrictDashboard.SchoolRow;

/** The per-school table: wraps long names, breaks across pages and repeats its header on each one. */
final class SchoolTable {

    private static final String[] HEADERS = {"School", "Students", "Attendance rate (month)",
            "Attendance rate (year to date)", "Chronic absenteeism (year to date)"};
    /** Widths of the numeric columns; the school name takes the rest of the line. */
    private static final float[] NUMERIC_WIDTHS = {62, 86, 86, 96};
    private static final float SIZE = 8.5f;
    private static final float HEADER_SIZE = 8f;
    private static final float PAD_X = 6f;
    private static final float PAD_Y = 4f;
    /** A header with a lone row under it at the foot of a page reads as a mistake; start on the next page instead. */
    private static final int MIN_ROWS_UNDER_HEADER = 3;

    private SchoolTable() {
    }

    static void draw(PageCanvas canvas, List<SchoolRow> schools, int minimumGroupSize) throws IOException {
        if (schools.isEmpty()) {
            canvas.paragraph("No schools reported for this month.", canvas.regular(), ReportStyle.BODY,
                    ReportStyle.MUTED, canvas.left(), canvas.width());
            return;
        }
        float[] widths = columnWidths(canvas.width());
        float headerHeight = headerHeight(canvas, widths);
        float opening = headerHeight;
        for (SchoolRow row : schools.subList(0, Math.min(MIN_ROWS_UNDER_HEADER, schools.size()))) {
            opening += rowHeight(canvas, row, widths);
        }
        canvas.ensureSpace(opening);
        try (PageCanvas.Tag table = canvas.tag(StandardStructureTypes.TABLE)) {
            drawHeader(canvas, widths, headerHeight);
            for (int i = 0; i < schools.size(); i++) {
                SchoolRow row = schools.get(i);
                float height = rowHeight(canvas, row, widths);
                if (canvas.ensureSpace(height)) {
                    // The header row is in the structure once; its repeats are for the eye only.
                    try (PageCanvas.Tag repeat = canvas.artifact()) {
                        drawHeader(canvas, widths, headerHeight);
                    }
                }
                drawRow(canvas, row, i, widths, height, minimumGroupSize);
            }
        }
        canvas.hairline(canvas.left(), canvas.y(), canvas.right(), canvas.y(), ReportStyle.RULE, 0.75f);
    }

    private static float[] columnWidths(float total) {
        float[] widths = new float[HEADERS.length];
        float numeric = 0;
        for (int i = 0; i < NUMERIC_WIDTHS.length; i++) {
            widths[i + 1] = NUMERIC_WIDTHS[i];
            numeric += NUMERIC_WIDTHS[i];
        }
        widths[0] = total - numeric;
        return widths;
    }

    private static float headerHeight(PageCanvas canvas, float[] widths) throws IOException {
        int lines = 1;
        for (int i = 0; i < HEADERS.length; i++) {
            lines = Math.max(lines, canvas.wrap(HEADERS[i], canvas.bold(), HEADER_SIZE, widths[i] - 2 * PAD_X).size());
        }
        return lines * PageCanvas.leading(HEADER_SIZE) + 2 * PAD_Y;
    }

    private static void drawHeader(PageCanvas canvas, float[] widths, float height) throws IOException {
        float top = canvas.y();
        canvas.fillRect(canvas.left(), top - height, canvas.width(), height, ReportStyle.HEADER_FILL);
        float x = canvas.left();
        float leading = PageCanvas.leading(HEADER_SIZE);
        try (PageCanvas.Tag tr = canvas.tag(StandardStructureTypes.TR)) {
            for (int i = 0; i < HEADERS.length; i++) {
                List<String> lines = canvas.wrap(HEADERS[i], canvas.bold(), HEADER_SIZE, widths[i] - 2 * PAD_X);
                // Bottom-aligned, so every column's last header line sits just above the first row.
                float lineTop = top - height + PAD_Y + lines.size() * leading;
                try (PageCanvas.Tag th = canvas.headerCell(false)) {
                    for (String line : lines) {
                        cell(canvas, line, canvas.bold(), HEADER_SIZE, ReportStyle.INK, x, widths[i], i > 0, lineTop);
                        lineTop -= leading;
                    }
                }
                x += widths[i];
            }
        }
        canvas.down(height);
    }

    private static float rowHeight(PageCanvas canvas, SchoolRow row, float[] widths) throws IOException {
        int lines = canvas.wrap(row.schoolName(), canvas.regular(), SIZE, widths[0] - 2 * PAD_X).size();
        return lines * PageCanvas.leading(SIZE) + 2 * PAD_Y;
    }

    private static void drawRow(PageCanvas canvas, SchoolRow row, int index, float[] widths, float height,
            int minimumGroupSize) throws IOException {
        float top = canvas.y();
        if (index % 2 == 1) {
            canvas.fillRect(canvas.left(), top - height, canvas.width(), height, ReportStyle.TINT);
        }
        float leading = PageCanvas.leading(SIZE);
        float lineTop = top - PAD_Y;
        try (PageCanvas.Tag tr = canvas.tag(StandardStructureTypes.TR)) {
            // The school's name heads its row, so a screen reader can say which school a figure belongs to.
            try (PageCanvas.Tag th = canvas.headerCell(true)) {
                for (String line : canvas.wrap(row.schoolName(), canvas.regular(), SIZE, widths[0] - 2 * PAD_X)) {
                    cell(canvas, line, canvas.regular(), SIZE, ReportStyle.INK, canvas.left(), widths[0], false,
                            lineTop);
                    lineTop -= leading;
                }
            }
            Figure[] figures = {row.students(), row.attendanceRateMonth(), row.attendanceRateYearToDate(),
                    row.chronicAbsenteeismYearToDate()};
            float x = canvas.left() + widths[0];
            for (int i = 0; i < figures.length; i++) {
                Figure figure = figures[i];
                boolean shown = figure != null && figure.value() != null;
                cell(canvas, ReportFormat.figure(figure, minimumGroupSize), canvas.regular(), SIZE,
                        shown ? ReportStyle.INK : ReportStyle.MUTED, x, widths[i + 1], true, top - PAD_Y);
                x += widths[i + 1];
            }
        }
        canvas.down(height);
    }

    /** One line of text in a cell, its cap height centred in a line box whose top is {@code lineTop}. */
    private static void cell(PageCanvas canvas, String text, PDFont font, float size, Color color, float x,
            float width, boolean alignRight, float lineTop) throws IOException {
        float baseline = lineTop - PageCanvas.leading(size) / 2 - 0.36f * size;
        if (alignRight) {
            canvas.textRight(text, font, size, color, x + width - PAD_X, baseline);
        } else {
            canvas.text(text, font, size, color, x + PAD_X, baseline);
        }
    }
}
