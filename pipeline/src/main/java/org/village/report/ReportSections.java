package org.village.report;

import java.io.IOException;
import java.util.Arrays;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.village.report.ReportContent.AttendanceTrend;
import org.village.report.ReportContent.DataQuality;
import org.village.report.ReportContent.DatasetReceived;
import org.village.report.ReportContent.Estimate;
import org.village.report.ReportContent.GroupSize;
import org.village.report.ReportContent.KpiTile;
import org.village.report.ReportContent.MonthAmount;
import org.village.report.ReportContent.MoneyAssumptions;
import org.village.report.ReportContent.MonthPoint;
import org.village.report.ReportContent.Period;
import org.village.report.ReportContent.PartnershipRow;
import org.village.report.ReportContent.SchoolRow;
import org.village.report.ReportContent.Story;
import org.village.report.ReportContent.StoryEffect;
import org.village.report.ReportContent.SubgroupRow;

/**
 * The sections a template may list, each drawn from one report's content in the template's wording and theme. A
 * section whose content is empty says so in a sentence rather than leaving a bare heading. Every table or chart that
 * shows a suppressed figure is followed by the note saying why it is not shown.
 */
final class ReportSections {

    static final List<String> NAMES = List.of("tiles", "trend", "schools", "scorecard", "equity", "story",
            "story-numbers", "goals", "cost-and-gains", "investment", "outcomes", "investment-trend", "assumptions", "definitions",
            "data-quality");

    private static final List<String> DEFAULT_TERMS = List.of("attendance-rate", "chronic-absenteeism",
            "students-served", "effect", "goal-status", "investment", "small-groups");
    private static final float TERM_WIDTH = 130f;
    private static final float TREND_HEIGHT = 190f;
    private static final float ROW_HEIGHT = 22f;
    /** Room for a table's header and first rows under its heading, so a heading never ends a page alone. */
    private static final float TABLE_START = 110f;

    private final ReportContent content;
    private final Theme theme;
    private final Messages messages;
    private final Locale locale;
    private final String month;
    private final String district;
    private final List<DrawnFigure> drawn = new ArrayList<>();

    /** A figure about to be drawn in a row: its column's label as printed, and what it prints. */
    private record Cell(String column, String printed, String kind, Double value, FigureSource source) {
    }

    ReportSections(ReportContent content, Theme theme, Messages messages) {
        this.content = content;
        this.theme = theme;
        this.messages = messages;
        this.locale = messages.locale();
        this.month = ReportFormat.month(content.month(), locale);
        this.district = theme.districtName().isBlank() ? content.districtName() : theme.districtName();
    }

    /** A message with the placeholders every text may use: district, month, subject and the minimum group size. */
    private String text(String key, Object... more) {
        Object[] all = new Object[more.length + 8];
        all[0] = "district";
        all[1] = district;
        all[2] = "month";
        all[3] = month;
        all[4] = "subject";
        all[5] = content.subject() == null ? "" : content.subject();
        all[6] = "n";
        all[7] = content.minimumGroupSize();
        System.arraycopy(more, 0, all, 8, more.length);
        return messages.text(key, all);
    }

    private String figure(Figure figure) {
        if (figure != null && figure.withheld()) {
            return text("figure.withheld");
        }
        return ReportFormat.figure(figure, content.minimumGroupSize(), messages.text("unit.points"));
    }

    /** A table row: its label, then each cell as printed. */
    private static List<String> row(String label, List<Cell> cells) {
        List<String> row = new ArrayList<>(List.of(label));
        cells.forEach(cell -> row.add(cell.printed()));
        return row;
    }

    /** Every figure drawn so far, in the order drawn, for the figure ledger. */
    List<DrawnFigure> drawn() {
        return List.copyOf(drawn);
    }

    private Cell cell(String column, Figure figure) {
        return new Cell(column, figure(figure), figure == null ? null : figure.kind().name(),
                figure == null ? null : figure.value(), figure == null ? null : figure.source());
    }

    private Cell cell(String column, Estimate estimate) {
        return new Cell(column, estimate(estimate), DrawnFigure.ESTIMATE, estimate == null ? null : estimate.value(),
                estimate == null ? null : estimate.source());
    }

    /** The cells of a row of figures, registered once the row is drawn, with the page it landed on. */
    private void drawn(PageCanvas canvas, String section, String row, List<Cell> cells) {
        for (Cell cell : cells) {
            drawn.add(new DrawnFigure(canvas.page(), section, row, cell.column(), cell.printed(), cell.kind(),
                    cell.value(), cell.source()));
        }
    }

    String title(ReportTemplate template) {
        return text(template.titleKey());
    }

    String documentTitle(ReportTemplate template) {
        return district + " \u2014 " + title(template) + ", " + month;
    }

    String footer(ReportTemplate template) {
        return district + " \u00b7 " + title(template) + " \u00b7 " + month;
    }

    void header(PageCanvas canvas, ReportTemplate template) throws IOException {
        float top = canvas.y();
        float rightColumn = 170f;
        float nameSize = 20f;
        float x = canvas.left();
        if (theme.logo() != null) {
            x += canvas.logo(theme.logo(), x, 46f, text("header.logo", "district", district)) + 12f;
        }
        float leftWidth = canvas.right() - rightColumn - 16f - x;
        List<String> name = canvas.wrap(district, canvas.bold(), nameSize, leftWidth);
        float baseline = top - nameSize + 2f;
        try (PageCanvas.Tag h1 = canvas.heading(1)) {
            for (String line : name) {
                canvas.text(line, canvas.bold(), nameSize, ReportStyle.INK, x, baseline);
                baseline -= PageCanvas.leading(nameSize);
            }
        }
        float titleBaseline = baseline + PageCanvas.leading(nameSize) - 19f;
        List<String> title = canvas.wrap(title(template), canvas.regular(), 12f, leftWidth);
        try (PageCanvas.Tag paragraph = canvas.tag(StandardStructureTypes.P)) {
            for (String line : title) {
                canvas.text(line, canvas.regular(), 12f, ReportStyle.MUTED, x, titleBaseline);
                titleBaseline -= PageCanvas.leading(12f);
            }
        }
        float leftBottom = titleBaseline + PageCanvas.leading(12f) - 8f;

        float right = canvas.right();
        canvas.textRight(month, canvas.bold(), 14f, theme.primary(), right, top - 15f);
        canvas.textRight(text("header.data-through", "date", ReportFormat.date(content.dataThrough(), locale)),
                canvas.regular(), ReportStyle.SMALL, ReportStyle.MUTED, right, top - 32f);
        canvas.textRight(text("header.generated", "date", ReportFormat.date(content.generatedOn(), locale)),
                canvas.regular(), ReportStyle.SMALL, ReportStyle.MUTED, right, top - 44f);

        float bottom = Math.min(leftBottom, top - 52f);
        canvas.down(top - bottom);
        canvas.fillRect(canvas.left(), canvas.y() - 1.5f, canvas.width(), 1.5f, theme.primary());
        canvas.down(14f);
    }

    /**
     * Whether the report has nothing to say this month: a board packet before any partnership started. It then says
     * so in one line instead of its sections, which would be empty tables and charts.
     */
    boolean nothingToSay() {
        return content.kind() == ReportKind.BOARD_PACKET && partnerships().isEmpty();
    }

    void sayNothingToReport(PageCanvas canvas) throws IOException {
        canvas.paragraph(text(content.kind().templateName() + ".nothing", "date",
                ReportFormat.date(content.month().atEndOfMonth(), locale)), canvas.regular(), ReportStyle.BODY,
                ReportStyle.INK, canvas.left(), canvas.width());
    }

    void draw(PageCanvas canvas, ReportTemplate.Section section) throws IOException {
        String heading = text(section.headingKey());
        switch (section.name()) {
            case "tiles" -> tiles(canvas);
            case "trend" -> trend(canvas, heading);
            case "schools" -> schools(canvas, heading);
            case "scorecard" -> scorecard(canvas, heading);
            case "equity" -> equity(canvas, heading);
            case "story" -> story(canvas);
            case "story-numbers" -> storyNumbers(canvas, heading);
            case "goals" -> goals(canvas, heading);
            case "cost-and-gains" -> costAndGains(canvas, heading);
            case "investment" -> investment(canvas, heading);
            case "outcomes" -> outcomes(canvas, heading);
            case "investment-trend" -> investmentTrend(canvas, heading);
            case "assumptions" -> assumptions(canvas, heading);
            case "definitions" -> definitions(canvas, heading, section.options().get("terms"));
            case "data-quality" -> dataQuality(canvas, heading, "true".equals(section.options().get("compact")));
            default -> throw new IllegalArgumentException("Unknown report section '" + section.name() + "'");
        }
    }

    private void tiles(PageCanvas canvas) throws IOException {
        List<KpiTiles.Tile> tiles = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        boolean suppressed = false;
        boolean withheld = false;
        for (KpiTile tile : content.tiles()) {
            String label = tileLabel(tile);
            List<String> comparisons = new ArrayList<>();
            List<Cell> figures = new ArrayList<>();
            figures.add(cell(label, tile.value()));
            if (tile.value().withheld()) {
                withheld = true;
            } else if (tile.value().suppressed()) {
                suppressed = true;
            } else {
                if (tile.sinceLastMonth() != null && tile.sinceLastMonth().isShown()) {
                    comparisons.add(text("tile.since-last-month", "change", figure(tile.sinceLastMonth())));
                    figures.add(cell(comparisons.get(comparisons.size() - 1), tile.sinceLastMonth()));
                }
                if (tile.sinceBaseline() != null && tile.sinceBaseline().isShown()) {
                    comparisons.add(text("tile.since-baseline", "change", figure(tile.sinceBaseline())));
                    figures.add(cell(comparisons.get(comparisons.size() - 1), tile.sinceBaseline()));
                }
            }
            switch (tile.note()) {
                case NO_ATTENDANCE -> comparisons.add(text("tile.no-attendance"));
                case MONTH_INSIDE_PERIOD -> comparisons.add(text("tile.month-inside-period"));
                case NONE -> {
                }
            }
            tiles.add(new KpiTiles.Tile(label, figure(tile.value()), comparisons));
            cells.add(figures);
        }
        KpiTiles.draw(canvas, tiles, theme.primary(),
                i -> drawn(canvas, "tiles", tiles.get(i).label(), cells.get(i)));
        if (suppressed) {
            note(canvas, text("note.suppressed"));
        }
        if (withheld) {
            note(canvas, text("note.withheld"));
        }
    }

    /**
     * A report may word a figure its own way: "tile.success-story.students_served" before "tile.students_served"; a
     * figure over a period of its own is labelled with it.
     */
    private String tileLabel(KpiTile tile) {
        if (tile.period() != null) {
            return periodText("tile." + tile.key() + ".period", tile.period());
        }
        String own = "tile." + content.kind().templateName() + "." + tile.key();
        return text(messages.has(own) ? own : "tile." + tile.key());
    }

    /**
     * A text a report may word its own way, as tiles may: "table.school-dashboard.served" before "table.served", where
     * the school's figures stand in for the district's.
     */
    private String worded(String prefix, String key) {
        String own = prefix + "." + content.kind().templateName() + "." + key;
        return text(messages.has(own) ? own : prefix + "." + key);
    }

    private String periodText(String key, Period period, Object... more) {
        Object[] all = new Object[more.length + 4];
        all[0] = "from";
        all[1] = ReportFormat.shortDate(period.from(), locale);
        all[2] = "through";
        all[3] = ReportFormat.shortDate(period.through(), locale);
        System.arraycopy(more, 0, all, 4, more.length);
        return text(key, all);
    }

    private void trend(PageCanvas canvas, String heading) throws IOException {
        AttendanceTrend trend = content.trend();
        if (trend.currentYear().isEmpty() && trend.baselineYear().isEmpty()) {
            canvas.heading(heading, 2, ReportStyle.INK, 20f);
            note(canvas, text("trend.none", "current", trend.currentYearLabel(), "baseline",
                    trend.baselineYearLabel()));
            return;
        }
        canvas.heading(heading, 2, ReportStyle.INK, TREND_HEIGHT + 30f);
        String alt = trend.baselineYear().isEmpty()
                ? text("trend.alt-no-baseline", "current", trend.currentYearLabel(), "baseline",
                        trend.baselineYearLabel())
                : text("trend.alt", "current", trend.currentYearLabel(), "baseline", trend.baselineYearLabel());
        canvas.figure(ReportCharts.trend(trend, theme, messages), TREND_HEIGHT, alt);
        // Months across, one row per school year: three short rows instead of a dozen long ones.
        Map<Integer, YearMonth> months = new TreeMap<>();
        Map<Integer, MonthPoint> current = new TreeMap<>();
        Map<Integer, MonthPoint> baseline = new TreeMap<>();
        for (MonthPoint point : trend.currentYear()) {
            months.putIfAbsent(schoolYearOrder(point.month()), point.month());
            current.put(schoolYearOrder(point.month()), point);
        }
        for (MonthPoint point : trend.baselineYear()) {
            months.putIfAbsent(schoolYearOrder(point.month()), point.month());
            baseline.put(schoolYearOrder(point.month()), point);
        }
        List<String> header = new ArrayList<>(List.of(text("table.school-year")));
        List<String> currentRow = new ArrayList<>(List.of(trend.currentYearLabel()));
        List<String> baselineRow = new ArrayList<>(List.of(trend.baselineYearLabel()));
        List<Cell> currentCells = new ArrayList<>();
        List<Cell> baselineCells = new ArrayList<>();
        for (Map.Entry<Integer, YearMonth> month : months.entrySet()) {
            String column = ReportFormat.shortMonth(month.getValue(), locale);
            header.add(column);
            currentRow.add(trendCell(column, current.get(month.getKey()), currentCells));
            baselineRow.add(trendCell(column, baseline.get(month.getKey()), baselineCells));
        }
        float[] weights = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(weights, 1f);
        Arrays.fill(numeric, true);
        weights[0] = 1.5f;
        numeric[0] = false;
        List<List<String>> rows = trend.baselineYear().isEmpty() ? List.of(currentRow)
                : List.of(currentRow, baselineRow);
        List<List<Cell>> cells = List.of(currentCells, baselineCells);
        canvas.table(header, weights, numeric, rows, i -> drawn(canvas, "trend", rows.get(i).get(0), cells.get(i)));
    }

    /** A month's rate as the trend table prints it, noted among the row's figures; a month without one is a dash. */
    private static String trendCell(String column, MonthPoint point, List<Cell> cells) {
        if (point == null) {
            return ReportFormat.MISSING;
        }
        String printed = ReportFormat.percent(point.rate());
        cells.add(new Cell(column, printed, Figure.Kind.PERCENT.name(), point.rate(), point.source()));
        return printed;
    }

    /** Months in school-year order, July first. */
    private static int schoolYearOrder(YearMonth month) {
        return Math.floorMod(month.getMonthValue() - 7, 12);
    }

    private void schools(PageCanvas canvas, String heading) throws IOException {
        List<SchoolRow> schools = content.schools();
        long charted = schools.stream()
                .filter(row -> row.attendanceRateMonth() != null && row.attendanceRateMonth().isShown()).count();
        // As tall as the schools need, but never taller than one page, so the chart is never cut.
        float height = Math.min(Math.max(50f + ROW_HEIGHT * charted, 110f), PageCanvas.pageContentHeight() - 80f);
        canvas.heading(heading, 2, ReportStyle.INK, charted == 0 ? 20f : height + 30f);
        if (schools.isEmpty()) {
            note(canvas, text("schools.none"));
            return;
        }
        if (charted > 0) {
            Double districtRate = content.tiles().stream()
                    .filter(tile -> tile.key().equals("attendance_rate") && tile.value().isShown())
                    .map(tile -> tile.value().value()).findFirst().orElse(null);
            canvas.figure(ReportCharts.schoolDotPlot(schools, districtRate, theme, messages), height,
                    text("schools.alt"));
        }
        if (charted < schools.size()) {
            note(canvas, text("schools.not-charted"));
        }
        List<String> header = List.of(text("table.school"), text("table.students"), text("table.attendance-month"),
                text("table.attendance-year"), text("table.chronic-year"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (SchoolRow row : schools) {
            List<Cell> figures = List.of(cell(header.get(1), row.students()),
                    cell(header.get(2), row.attendanceRateMonth()), cell(header.get(3), row.attendanceRateYearToDate()),
                    cell(header.get(4), row.chronicAbsenteeismYearToDate()));
            rows.add(row(row.schoolName(), figures));
            cells.add(figures);
        }
        canvas.table(header, new float[] {2.6f, 1, 1.2f, 1.2f, 1.3f}, new boolean[] {false, true, true, true, true},
                rows, i -> drawn(canvas, "schools", rows.get(i).get(0), cells.get(i)));
        Map<Period, List<String>> periods = new LinkedHashMap<>();
        for (SchoolRow row : schools) {
            if (row.yearToDate() != null) {
                periods.computeIfAbsent(row.yearToDate(), period -> new ArrayList<>()).add(row.schoolName());
            }
        }
        for (Map.Entry<Period, List<String>> period : periods.entrySet()) {
            note(canvas, periodText("schools.period", period.getKey(), "schools", String.join(", ",
                    period.getValue())));
        }
        suppressionNote(canvas, rows);
    }

    private void scorecard(PageCanvas canvas, String heading) throws IOException {
        List<PartnershipRow> partnerships = partnerships();
        canvas.heading(heading, 2, ReportStyle.INK, TABLE_START);
        if (partnerships.isEmpty()) {
            note(canvas, text("scorecard.none"));
            return;
        }
        List<String> header = List.of(text("table.partnership"), worded("table", "served"), worded("table", "effect"),
                text("table.check-in"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (PartnershipRow row : partnerships) {
            List<Cell> figures = List.of(cell(header.get(1), row.served()), cell(header.get(2), row.effect()));
            String checkIn = row.lastCheckIn() == null ? text("status.none")
                    : status(row.lastCheckIn()) + " (" + ReportFormat.shortDate(row.lastCheckInDate(), locale) + ")";
            rows.add(List.of(row.name(), figures.get(0).printed(), figures.get(1).printed(), checkIn));
            cells.add(figures);
        }
        canvas.table(header, new float[] {2.4f, 1f, 2f, 1.5f}, new boolean[] {false, true, true, false},
                rows, i -> drawn(canvas, "scorecard", rows.get(i).get(0), cells.get(i)));
        note(canvas, worded("note", "effect"));
        suppressionNote(canvas, rows);
    }

    private void equity(PageCanvas canvas, String heading) throws IOException {
        if (content.yearToDate() != null) {
            heading = periodText("section.equity.period", content.yearToDate());
        }
        canvas.heading(heading, 2, ReportStyle.INK, TABLE_START);
        if (content.equity().isEmpty()) {
            note(canvas, text("equity.none"));
            return;
        }
        List<String> header = List.of(text("table.group"), text("table.group-size"), text("table.attendance-year"),
                text("table.gap"), text("table.chronic-year"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (SubgroupRow row : content.equity()) {
            boolean all = row.gapToAll() == null;
            Cell gap = all ? null : cell(header.get(3), row.gapToAll());
            List<Cell> figures = new ArrayList<>(List.of(cell(header.get(2), row.attendanceRate())));
            if (gap != null) {
                figures.add(gap);
            }
            figures.add(cell(header.get(4), row.chronicAbsenteeism()));
            rows.add(List.of(all ? text("subgroup.all") : subgroup(row.subgroup()), groupSize(row.size()),
                    figures.get(0).printed(), gap == null ? ReportFormat.MISSING : gap.printed(),
                    figures.get(figures.size() - 1).printed()));
            cells.add(figures);
        }
        canvas.table(header, new float[] {2.4f, 0.9f, 1.2f, 1.1f, 1.3f},
                new boolean[] {false, true, true, true, true}, rows,
                i -> drawn(canvas, "equity", rows.get(i).get(0), cells.get(i)));
        note(canvas, text("equity.note"));
        note(canvas, text("equity.size-note"));
        suppressionNote(canvas, rows);
    }

    private void story(PageCanvas canvas) throws IOException {
        Story story = content.story();
        if (story == null) {
            return;
        }
        canvas.heading(story.title(), 2, ReportStyle.INK, 40f);
        canvas.paragraph(story.partnerName(), canvas.bold(), ReportStyle.BODY, theme.primary(), canvas.left(),
                canvas.width());
        canvas.down(6f);
        for (String paragraph : story.text().split("\\R\\s*\\R")) {
            canvas.paragraph(paragraph, canvas.regular(), 10.5f, ReportStyle.INK, canvas.left(), canvas.width());
            canvas.down(6f);
        }
        if (story.quote() != null && !story.quote().isBlank()) {
            float indent = 16f;
            float size = 12f;
            List<String> lines = canvas.wrap("\u201c" + story.quote().strip() + "\u201d", canvas.regular(), size,
                    canvas.width() - indent);
            float height = lines.size() * PageCanvas.leading(size);
            canvas.down(4f);
            canvas.ensureSpace(height + 20f);
            canvas.fillRect(canvas.left(), canvas.y() - height, 3f, height, theme.accent());
            try (PageCanvas.Tag quote = canvas.tag(StandardStructureTypes.BLOCK_QUOTE)) {
                for (String line : lines) {
                    canvas.text(line, canvas.regular(), size, ReportStyle.INK, canvas.left() + indent,
                            canvas.y() - size);
                    canvas.down(PageCanvas.leading(size));
                }
            }
            if (story.attribution() != null && !story.attribution().isBlank()) {
                canvas.paragraph("\u2014 " + story.attribution().strip(), canvas.regular(), ReportStyle.BODY,
                        ReportStyle.MUTED, canvas.left() + indent, canvas.width() - indent);
            }
        }
    }

    /**
     * Only the figures the assembler judged to support the story: the tiles it kept, the two groups' changes and the
     * estimate where the effect is a clear gain, and "no clear change yet" where its interval includes zero.
     */
    private void storyNumbers(PageCanvas canvas, String heading) throws IOException {
        canvas.heading(heading, 2, ReportStyle.INK, 90f);
        if (!content.tiles().isEmpty()) {
            tiles(canvas);
        }
        Story story = content.story();
        StoryEffect effect = story == null ? StoryEffect.NONE : story.effectReading();
        if (effect == StoryEffect.GAIN && story.participantsChange().isShown()
                && story.comparisonChange().isShown()) {
            String participants = figure(story.participantsChange());
            String comparison = figure(story.comparisonChange());
            canvas.figure(ReportCharts.changeSinceBaseline(story.participantsChange(), story.comparisonChange(),
                    theme, messages), 80f, text("story.alt", "participants", participants, "comparison", comparison));
            String column = text("table.change");
            List<List<String>> rows = List.of(List.of(text("chart.participants"), participants),
                    List.of(text("chart.comparison"), comparison));
            List<List<Cell>> cells = List.of(List.of(cell(column, story.participantsChange())),
                    List.of(cell(column, story.comparisonChange())));
            canvas.table(List.of(text("table.group"), column), new float[] {3, 1}, new boolean[] {false, true}, rows,
                    i -> drawn(canvas, "story-numbers", rows.get(i).get(0), cells.get(i)));
            canvas.down(4f);
            canvas.paragraph(text("story.effect", "estimate", estimate(story.effect())), canvas.regular(),
                    ReportStyle.BODY, ReportStyle.INK, canvas.left(), canvas.width());
        }
        else if (effect == StoryEffect.NO_CLEAR_CHANGE) {
            canvas.down(4f);
            canvas.paragraph(text("story.no-clear-change", "estimate", estimate(story.effect())), canvas.regular(),
                    ReportStyle.BODY, ReportStyle.INK, canvas.left(), canvas.width());
        }
        if (effect != StoryEffect.NONE) {
            note(canvas, text("note.effect"));
        }
        else if (content.tiles().isEmpty()) {
            note(canvas, text("story.numbers-none"));
        }
    }

    /**
     * Every goal of every partnership, one row each: what it measures, the target and its date, where the
     * partnership stands (its year-to-date figure across all its schools), the share achieved and the status, whose
     * rule the definitions give. The partnership's name is repeated on each of its rows, so each row says whose goal
     * it is, read alone or aloud.
     */
    private void goals(PageCanvas canvas, String heading) throws IOException {
        List<PartnershipRow> partnerships = partnerships().stream().filter(row -> !row.goals().isEmpty()).toList();
        canvas.heading(heading, 2, ReportStyle.INK, TABLE_START);
        if (partnerships.isEmpty()) {
            note(canvas, text("goals.none"));
            return;
        }
        List<String> header = List.of(text("table.partnership"), text("table.goal-kpi"), text("table.goal-target"),
                text("table.goal-by"), text("table.goal-current"), text("table.goal-achieved"),
                text("table.goal-status"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (PartnershipRow row : partnerships) {
            for (ReportContent.Goal goal : row.goals()) {
                List<Cell> figures = new ArrayList<>(List.of(cell(header.get(2), goal.target()),
                        cell(header.get(4), goal.current())));
                String achieved = ReportFormat.MISSING;
                if (goal.achieved() != null && goal.achieved().isShown()) {
                    figures.add(cell(header.get(5), goal.achieved()));
                    achieved = figures.get(2).printed();
                }
                rows.add(List.of(row.name(), goalKpi(goal.kpi()), figures.get(0).printed(),
                        goal.byDate() == null ? ReportFormat.MISSING : ReportFormat.shortDate(goal.byDate(), locale),
                        figures.get(1).printed(), achieved, status(goal.status())));
                cells.add(figures);
            }
        }
        canvas.table(header, new float[] {2.1f, 1.6f, 0.8f, 1.1f, 0.9f, 0.9f, 1.2f},
                new boolean[] {false, false, true, false, true, true, false}, rows,
                i -> drawn(canvas, "goals", rows.get(i).get(0), cells.get(i)));
        note(canvas, text("goals.note"));
        suppressionNote(canvas, rows);
    }

    /** A goal's KPI in the report's words, or its code where the messages do not word it. */
    private String goalKpi(String kpi) {
        String key = "goal.kpi." + kpi;
        return messages.has(key) ? text(key) : kpi;
    }

    /**
     * The board's question, one row per partnership: what was committed and what was received, the students served
     * and the cost per student, and what students gained, the estimated effect on attendance and on GPA, each with
     * its interval and, under it, the cost per day or per grade point gained where the interval lies above zero, or
     * why there is none. The district's total row closes the table.
     */
    private void costAndGains(PageCanvas canvas, String heading) throws IOException {
        List<PartnershipRow> partnerships = content.partnerships().stream().filter(row -> row.money() != null)
                .toList();
        canvas.heading(heading, 2, ReportStyle.INK, TABLE_START);
        if (partnerships.isEmpty()) {
            note(canvas, text("investment.none"));
            return;
        }
        List<String> header = List.of(text("table.partnership"), text("table.committed"), text("table.received"),
                text("table.served"), text("table.per-student"), text("table.attendance-gain"),
                text("table.gpa-gain"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        boolean suppressed = false;
        for (PartnershipRow row : partnerships) {
            List<Cell> figures = new ArrayList<>(List.of(cell(header.get(1), row.money().committed()),
                    cell(header.get(2), row.money().received()), cell(header.get(3), row.served()),
                    cell(header.get(4), row.money().costPerStudent())));
            List<String> printed = row(name(row), figures);
            if (row.partnershipId() == null) {
                printed.add(ReportFormat.MISSING);
                printed.add(ReportFormat.MISSING);
            } else {
                printed.add(gain(header.get(5), row.effect(), false, text("table.per-day"),
                        row.money().costPerDayGained(), "gain.per-day", figures));
                printed.add(gain(header.get(6), row.gpaEffect(), true, text("table.per-gpa-point"),
                        row.money().costPerGpaPointGained(), "gain.per-gpa-point", figures));
                suppressed |= row.effect().suppressed() || row.gpaEffect().suppressed();
            }
            suppressed |= printed.stream().anyMatch(cell -> cell.startsWith("n<"));
            rows.add(printed);
            cells.add(figures);
        }
        canvas.table(header, new float[] {1.5f, 1.1f, 1.1f, 0.85f, 0.8f, 1.6f, 1.6f},
                new boolean[] {false, true, true, true, true, true, true}, rows,
                i -> drawn(canvas, "cost-and-gains", rows.get(i).get(0), cells.get(i)));
        note(canvas, text("note.cost-and-gains"));
        if (suppressed) {
            note(canvas, text("note.suppressed"));
        }
    }

    /**
     * An effect's cell: the estimate, its interval on the next line, and under them the cost per unit gained where
     * the whole interval lies above zero; where it does not, why no cost is given. Each figure printed is noted
     * among the row's {@code figures}.
     */
    private String gain(String column, Estimate effect, boolean decimal, String costColumn, Figure cost,
            String costKey, List<Cell> figures) {
        if (effect == null || !effect.suppressed() && !effect.isShown()) {
            return ReportFormat.MISSING;
        }
        Cell estimate = decimal ? decimalCell(column, effect) : cell(column, effect);
        figures.add(estimate);
        if (!effect.isShown()) {
            return estimate.printed();
        }
        String stacked = decimal ? decimalEstimate(effect, "estimate.stacked") : pointsEstimate(effect,
                "estimate.stacked");
        if (effect.lower() > 0 && cost != null && cost.isShown()) {
            Cell perUnit = cell(costColumn, cost);
            figures.add(perUnit);
            return stacked + "\n" + text(costKey, "cost", perUnit.printed());
        }
        return stacked + "\n" + text(effect.upper() < 0 ? "gain.below-comparison" : "gain.no-clear-change");
    }

    private Cell decimalCell(String column, Estimate estimate) {
        String printed = estimate.suppressed() ? ReportFormat.suppressed(content.minimumGroupSize())
                : decimalEstimate(estimate, "estimate");
        return new Cell(column, printed, DrawnFigure.DECIMAL_ESTIMATE, estimate.value(), estimate.source());
    }

    /** {@code +0.12 (−0.03 to +0.27)}: an estimate of a mean, such as GPA, in its own units, two decimals. */
    private String decimalEstimate(Estimate estimate, String key) {
        return text(key, "value", ReportFormat.signedDecimal(estimate.value()), "lower",
                ReportFormat.signedDecimal(estimate.lower()), "upper", ReportFormat.signedDecimal(estimate.upper()));
    }

    private void investment(PageCanvas canvas, String heading) throws IOException {
        List<PartnershipRow> partnerships = content.partnerships().stream().filter(row -> row.money() != null)
                .toList();
        canvas.heading(heading, 2, ReportStyle.INK, TABLE_START);
        if (partnerships.isEmpty()) {
            note(canvas, text("investment.none"));
            return;
        }
        List<String> header = List.of(text("table.partnership"), text("table.cash"), text("table.in-kind"),
                text("table.volunteer-time"), text("table.total"), text("table.per-student"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (PartnershipRow row : partnerships) {
            List<Cell> figures = List.of(cell(header.get(1), row.money().cash()),
                    cell(header.get(2), row.money().inKind()), cell(header.get(3), row.money().volunteerTime()),
                    cell(header.get(4), row.money().total()), cell(header.get(5), row.money().costPerStudent()));
            rows.add(row(name(row), figures));
            cells.add(figures);
        }
        canvas.table(header, new float[] {2.2f, 1, 1, 1.1f, 1, 1.1f},
                new boolean[] {false, true, true, true, true, true}, rows,
                i -> drawn(canvas, "investment", rows.get(i).get(0), cells.get(i)));
        suppressionNote(canvas, rows);
    }

    private void outcomes(PageCanvas canvas, String heading) throws IOException {
        List<PartnershipRow> partnerships = partnerships();
        long shown = partnerships.stream().filter(row -> row.effect().isShown()).count();
        float chartHeight = Math.min(60f + 26f * shown, PageCanvas.pageContentHeight() - 80f);
        canvas.heading(heading, 2, ReportStyle.INK, shown > 0 ? chartHeight + 30f : TABLE_START);
        if (partnerships.isEmpty()) {
            note(canvas, text("scorecard.none"));
            return;
        }
        if (shown > 0) {
            canvas.figure(ReportCharts.effects(partnerships, theme, messages), chartHeight, text("outcomes.alt"));
        }
        List<String> header = List.of(text("table.partnership"), text("table.served"), text("table.effect"),
                text("table.per-day"));
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (PartnershipRow row : partnerships) {
            List<Cell> figures = new ArrayList<>(List.of(cell(header.get(1), row.served()),
                    cell(header.get(2), row.effect())));
            if (row.money() != null) {
                figures.add(cell(header.get(3), row.money().costPerDayGained()));
            }
            List<String> printed = row(row.name(), figures);
            if (row.money() == null) {
                printed.add(ReportFormat.MISSING);
            }
            rows.add(printed);
            cells.add(figures);
        }
        canvas.table(header, new float[] {2.2f, 0.9f, 1.8f, 1.3f}, new boolean[] {false, true, true, true}, rows,
                i -> drawn(canvas, "outcomes", rows.get(i).get(0), cells.get(i)));
        note(canvas, text("note.effect"));
        note(canvas, text("note.per-day"));
        suppressionNote(canvas, rows);
    }

    private void investmentTrend(PageCanvas canvas, String heading) throws IOException {
        List<MonthAmount> months = content.investmentTrend();
        canvas.heading(heading, 2, ReportStyle.INK, months.isEmpty() ? 20f : 180f);
        if (months.isEmpty()) {
            note(canvas, text("investment.none"));
            return;
        }
        canvas.figure(ReportCharts.investmentTrend(months, theme, messages), 150f, text("investment-trend.alt"));
        String column = text("table.investment-so-far");
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (MonthAmount point : months) {
            Cell amount = new Cell(column, ReportFormat.money(point.amount()), Figure.Kind.MONEY.name(),
                    point.amount(), point.source());
            rows.add(List.of(ReportFormat.month(point.month(), locale), amount.printed()));
            cells.add(List.of(amount));
        }
        canvas.table(List.of(text("table.month"), column), new float[] {2, 1}, new boolean[] {false, true}, rows,
                i -> drawn(canvas, "investment-trend", rows.get(i).get(0), cells.get(i)));
    }

    private void assumptions(PageCanvas canvas, String heading) throws IOException {
        canvas.heading(heading, 2, ReportStyle.INK, 40f);
        List<String> assumptions = new ArrayList<>();
        MoneyAssumptions money = content.assumptions();
        if (money != null) {
            assumptions.add(text("assumptions.volunteer-time", "value", ReportFormat.money(money.volunteerHourValue()),
                    "source", money.volunteerHourSource()));
            assumptions.add(text("assumptions.investment", "from", ReportFormat.date(money.from(), locale),
                    "through", ReportFormat.date(money.through(), locale)));
            assumptions.add(text("assumptions.cost-per-student"));
            assumptions.add(text("assumptions.cost-per-day"));
        }
        assumptions.add(text("assumptions.estimates"));
        // The box reaches a little into the margins, so the bulleted lines keep the text column's width inside it.
        float pad = 8f;
        float leading = PageCanvas.leading(ReportStyle.BODY);
        float height = 2 * pad;
        for (String assumption : assumptions) {
            height += canvas.wrap(assumption, canvas.regular(), ReportStyle.BODY, canvas.width() - 12f).size()
                    * leading + 3f;
        }
        canvas.ensureSpace(Math.min(height, PageCanvas.pageContentHeight()));
        canvas.fillRect(canvas.left() - pad, canvas.y() - height, canvas.width() + 2 * pad, height, ReportStyle.TINT);
        canvas.fillRect(canvas.left() - pad, canvas.y() - height, 3f, height, theme.accent());
        canvas.down(pad);
        try (PageCanvas.Tag list = canvas.tag(StandardStructureTypes.L)) {
            for (String assumption : assumptions) {
                canvas.bulletItem(assumption, canvas.regular(), ReportStyle.BODY, ReportStyle.INK, 12f);
                canvas.down(3f);
            }
        }
        canvas.down(pad);
    }

    /**
     * The glossary, kept on one page where it fits on one: a term or two carried over alone to the next page would
     * leave that page to the tail of a section.
     */
    private void definitions(PageCanvas canvas, String heading, String terms) throws IOException {
        List<String> names = terms == null ? DEFAULT_TERMS
                : List.of(terms.split("\\s*,\\s*"));
        float height = 0;
        for (String name : names) {
            height += definitionHeight(canvas, text("definition." + name + ".term"),
                    text("definition." + name + ".text"));
        }
        canvas.heading(heading, 2, ReportStyle.INK, Math.min(height, PageCanvas.pageContentHeight() / 2));
        for (String name : names) {
            definition(canvas, text("definition." + name + ".term"), text("definition." + name + ".text"));
        }
    }

    /**
     * The data the report rests on: a table of each dataset's sheets and rows, the line on the data shared with other
     * schools, then the notes. A public one-pager prints only the day the data runs through.
     */
    private void dataQuality(PageCanvas canvas, String heading, boolean compact) throws IOException {
        DataQuality quality = content.dataQuality();
        if (compact) {
            canvas.down(6f);
            canvas.paragraph(text("quality.compact", "date", ReportFormat.date(content.dataThrough(), locale)),
                    canvas.regular(), ReportStyle.SMALL, ReportStyle.MUTED, canvas.left(), canvas.width());
            return;
        }
        List<String> notes = new ArrayList<>();
        if (quality.sharedSheets() > 0) {
            notes.add(text("quality.shared", "sheets", ReportFormat.count(quality.sharedSheets()), "datasets",
                    String.join(", ", quality.sharedDatasets().stream()
                            .map(dataset -> dataset(dataset).toLowerCase(locale)).toList())));
        }
        quality.warnings().forEach(warning -> notes.add(text("quality.warning", "warning",
                text("quality.check." + key(warning.check()), "name", warning.subject()))));
        if (!quality.schoolsWithoutAttendance().isEmpty()) {
            notes.add(text("quality.no-attendance", "names", String.join(", ", quality.schoolsWithoutAttendance())));
        }
        if (!quality.partnershipsWithoutParticipation().isEmpty()) {
            notes.add(text("quality.no-participation", "names",
                    String.join(", ", quality.partnershipsWithoutParticipation())));
        }
        quality.problems().forEach(problem -> notes.add(text("quality.not-used." + key(problem.reason().name()),
                "sheet", problem.sheet().isEmpty() ? problem.file()
                        : text("quality.sheet", "file", problem.file(), "sheet", problem.sheet()))));
        if (!quality.problems().isEmpty()) {
            notes.add(text("quality.not-used.why"));
        }
        quality.replacements().forEach(replacement -> notes.add(text("quality.replaced", "used", replacement.used(),
                "replaced", replacement.replaced(), "date", ReportFormat.date(replacement.received(), locale))));
        if (quality.schoolsWithoutAttendance().isEmpty() && quality.partnershipsWithoutParticipation().isEmpty()
                && quality.problems().isEmpty()) {
            notes.add(worded("quality", "all-received"));
        }
        List<String> header = List.of(text("quality.dataset"), text("quality.sheets"), text("quality.rows-loaded"),
                text("quality.rows-rejected"));
        float[] weights = {2.4f, 1, 1.2f, 1.2f};
        List<DatasetReceived> datasets = new ArrayList<>(quality.datasets());
        if (quality.total() != null) {
            datasets.add(quality.total());
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (DatasetReceived dataset : datasets) {
            List<Cell> figures = List.of(cell(header.get(1), dataset.sheets()),
                    cell(header.get(2), dataset.rowsLoaded()), cell(header.get(3), dataset.rowsRejected()));
            rows.add(row(dataset.dataset() == null ? text("quality.total") : dataset(dataset.dataset()), figures));
            cells.add(figures);
        }
        boolean rejects = datasets.stream().anyMatch(dataset -> dataset.rowsRejected().value() > 0);
        String about = text("quality.about") + (rejects ? " " + text("quality.rejects") : "");
        // On a page already more than half full the section moves whole to the next page when it does not fit, rather
        // than leave its last lines alone on a page of their own (it usually ends the report).
        float height = TABLE_START;
        if (canvas.spaceLeft() < PageCanvas.pageContentHeight() / 2) {
            height = canvas.tableHeight(header, weights, rows) + 8f
                    + canvas.wrap(about, canvas.regular(), ReportStyle.SMALL, canvas.width()).size()
                    * PageCanvas.leading(ReportStyle.SMALL);
            for (String note : notes) {
                height += canvas.wrap(note, canvas.regular(), ReportStyle.BODY, canvas.width() - 12f).size()
                        * PageCanvas.leading(ReportStyle.BODY) + 2f;
            }
            height = Math.min(height, PageCanvas.pageContentHeight() - 40f);
        }
        canvas.heading(heading, 2, ReportStyle.INK, height);
        if (rows.isEmpty()) {
            note(canvas, worded("quality", "none"));
        }
        else {
            canvas.table(header, weights, new boolean[] {false, true, true, true}, rows,
                    i -> drawn(canvas, "data-quality", rows.get(i).get(0), cells.get(i)));
            note(canvas, about);
        }
        canvas.down(4f);
        try (PageCanvas.Tag list = canvas.tag(StandardStructureTypes.L)) {
            for (String note : notes) {
                canvas.bulletItem(note, canvas.regular(), ReportStyle.BODY, ReportStyle.INK, 12f);
                canvas.down(2f);
            }
        }
    }

    /** A dataset ({@code DAILY_ATTENDANCE}) in the report's words. */
    private String dataset(String code) {
        String key = "quality.dataset." + key(code);
        return messages.has(key) ? text(key) : code;
    }

    /** The partnerships proper, without the district's total row the board packet adds for its money table. */
    private List<PartnershipRow> partnerships() {
        return content.partnerships().stream().filter(row -> row.partnershipId() != null).toList();
    }

    private String name(PartnershipRow row) {
        return row.partnershipId() == null ? text("table.all-partnerships") : row.name();
    }

    /** {@code +1.2 pts (−0.3 to +2.7)}: the estimate, then its 95% interval in the same points. */
    private String estimate(Estimate estimate) {
        if (estimate == null || (!estimate.suppressed() && !estimate.isShown())) {
            return ReportFormat.MISSING;
        }
        if (estimate.withheld()) {
            return text("figure.withheld");
        }
        if (estimate.suppressed()) {
            return ReportFormat.suppressed(content.minimumGroupSize());
        }
        return pointsEstimate(estimate, "estimate");
    }

    private String pointsEstimate(Estimate estimate, String key) {
        return text(key, "value", ReportFormat.points(estimate.value(), messages.text("unit.points")), "lower",
                ReportFormat.signed(estimate.lower() * 100), "upper", ReportFormat.signed(estimate.upper() * 100));
    }

    private String status(String code) {
        String key = "status." + key(code);
        return messages.has(key) ? text(key) : code;
    }

    /** A code as the messages files spell it in keys: {@code AT_RISK} → {@code at-risk}. */
    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@code gender:F} → "Gender: F" in the report's words; {@code english_learner} → "English learners". A value the
     * messages word ({@code race:Hispanic or Latino} by {@code subgroup.race.hispanic-or-latino}) is printed in the
     * report's language; any other as the roster gives it, since it is the district's own label.
     */
    private String subgroup(String subgroup) {
        int colon = subgroup.indexOf(':');
        String dimension = colon < 0 ? subgroup : subgroup.substring(0, colon);
        String value = colon < 0 ? "" : subgroup.substring(colon + 1);
        String key = "subgroup." + key(dimension);
        String valueKey = key + "." + value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        if (messages.has(valueKey)) {
            value = text(valueKey);
        }
        return messages.has(key) ? text(key, "value", value) : subgroup;
    }

    /** "10–19", "50+", or "<10" for a group below the minimum; a dash where the size is unknown. */
    private String groupSize(GroupSize size) {
        if (size == null) {
            return ReportFormat.MISSING;
        }
        if (size.from() == 0) {
            return "<" + (size.through() + 1);
        }
        return size.through() == null ? ReportFormat.count(size.from()) + "+"
                : ReportFormat.count(size.from()) + "\u2013" + ReportFormat.count(size.through());
    }

    /**
     * What each mark of a figure not shown means, under the table that shows one: a small group, or a figure withheld
     * only so that a smaller group cannot be worked out, which is no small group itself.
     */
    private void suppressionNote(PageCanvas canvas, List<List<String>> rows) throws IOException {
        if (rows.stream().flatMap(List::stream).anyMatch(cell -> cell.startsWith("n<"))) {
            note(canvas, text("note.suppressed"));
        }
        String withheld = text("figure.withheld");
        if (rows.stream().flatMap(List::stream).anyMatch(withheld::equals)) {
            note(canvas, text("note.withheld"));
        }
    }

    private void note(PageCanvas canvas, String note) throws IOException {
        canvas.down(4f);
        canvas.paragraph(note, canvas.regular(), ReportStyle.SMALL, ReportStyle.MUTED, canvas.left(), canvas.width());
    }

    /** The height {@link #definition} takes. */
    private static float definitionHeight(PageCanvas canvas, String term, String explanation) throws IOException {
        float leading = PageCanvas.leading(ReportStyle.BODY);
        int lines = Math.max(canvas.wrap(explanation, canvas.regular(), ReportStyle.BODY, canvas.width() - TERM_WIDTH)
                .size(), canvas.wrap(term, canvas.bold(), ReportStyle.BODY, TERM_WIDTH - 8f).size());
        return lines * leading + 3f;
    }

    /** A term in bold beside its wrapped explanation; the pair is kept on one page. */
    private static void definition(PageCanvas canvas, String term, String explanation) throws IOException {
        float size = ReportStyle.BODY;
        float leading = PageCanvas.leading(size);
        List<String> lines = canvas.wrap(explanation, canvas.regular(), size, canvas.width() - TERM_WIDTH);
        List<String> termLines = canvas.wrap(term, canvas.bold(), size, TERM_WIDTH - 8f);
        canvas.ensureSpace(Math.max(lines.size(), termLines.size()) * leading);
        try (PageCanvas.Tag paragraph = canvas.tag(StandardStructureTypes.P)) {
            float baseline = canvas.y() - size;
            for (String line : termLines) {
                canvas.text(line, canvas.bold(), size, ReportStyle.INK, canvas.left(), baseline);
                baseline -= leading;
            }
            baseline = canvas.y() - size;
            for (String line : lines) {
                canvas.text(line, canvas.regular(), size, ReportStyle.INK, canvas.left() + TERM_WIDTH, baseline);
                baseline -= leading;
            }
        }
        canvas.down(Math.max(lines.size(), termLines.size()) * leading + 3f);
    }
}
