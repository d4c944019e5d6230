package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The figure ledger ({@code figures-ledger-YYYY-MM.csv}) read as an auditor reads it, against the reports and the
 * database, over two published months of the sample district and of a generated district of 30 schools
 * ({@link PublishedMonths}). Each printed number
 * <ul>
 * <li>is on its page of the PDF, as its text extracts, in the row it is listed under;</li>
 * <li>is what its formula gives from the stored figures ({@code kpi_value}, {@code goal_progress} and its targets,
 * and the sheets of {@code ingest_source} for the data received), rounded as
 * printed, or {@code n<10} exactly where they are suppressed, or a dash where there is none;</li>
 * <li>is about the scope its page and its labels claim: on a school's dashboard that school, or a partnership's
 * participants at that school, unless its column says "all schools" or it is a goal's (goals are the partnership's,
 * across all its schools); on a partnership's story that partnership; on
 * the district's reports the district, or the school or partnership its row names; a change compares the same
 * scope; a column "year to date" or "(month)" holds figures of that window, of the report's month.</li>
 * </ul>
 * And nothing is printed outside it: every figure in a table cell or a headline tile is in the ledger for its page.
 */
class FigureLedgerTest {

    private static final int MINIMUM_GROUP_SIZE = 10;
    private static final String ALL_SCHOOLS = "all schools";
    private static final Pattern KEY = Pattern.compile(
            "(kpi_value|goal_progress(?:\\.target)?|ingest_source)\\[([^\\]]*)\\]");
    /** The most lines one table row's cell may wrap over (an estimate, its interval and a cost, each wrapped). */
    private static final int ROW_LINES = 6;
    private static final Pattern NUMBER = Pattern.compile("([+\u2212\u00b1-]?)\\$?(\\d[\\d,]*(?:\\.(\\d+))?)");
    /** What a printed figure looks like, and a whole cell that is only a count. */
    private static final Pattern FIGURE_TOKEN = Pattern.compile("n<\\d+|[+\u2212\u00b1]\\d+\\.\\d pts|\\d+\\.\\d%"
            + "|\\$[\\d,]+(?:\\.\\d\\d)?|\\b\\d+\\.\\d\\d\\b");
    private static final Pattern WHOLE_COUNT = Pattern.compile("[+\u2212\u00b1]?\\d[\\d,]*");
    /** A headline's change: "−0.9 pts since last month". */
    private static final Pattern HEADLINE_CHANGE = Pattern.compile("[+\u2212\u00b1]\\S+( pts)? since ");

    @Test
    void everyFigureOfTheSampleDistrictsReportsIsTheStoredFigureItsPageAndLabelClaim() throws Exception {
        assertLedgersHold(PublishedMonths.sample());
    }

    @Test
    void everyFigureOfAThirtySchoolDistrictsReportsIsTheStoredFigureItsPageAndLabelClaim() throws Exception {
        assertLedgersHold(PublishedMonths.thirtySchools());
    }

    private void assertLedgersHold(PublishedMonths.Published published) throws Exception {
        Stored stored = Stored.read(published);
        List<String> problems = new ArrayList<>();
        int figures = 0;
        for (YearMonth month : published.months()) {
            Path ledgerFile = published.folder(month).resolve("figures-ledger-" + month + ".csv");
            assertThat(ledgerFile).exists();
            Map<String, List<CSVRecord>> byReport = new LinkedHashMap<>();
            try (Reader in = Files.newBufferedReader(ledgerFile, StandardCharsets.UTF_8)) {
                for (CSVRecord line : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
                    byReport.computeIfAbsent(line.get("report"), r -> new ArrayList<>()).add(line);
                    for (String word : (line.get("row") + " " + line.get("column") + " " + line.get("printed"))
                            .split("[\\s,;:()]+")) {
                        if (stored.studentIds().contains(word)) {
                            problems.add(line.get("report") + ": a student id in the ledger");
                        }
                    }
                }
            }
            for (Path pdf : published.pdfs(month)) {
                String report = published.folder(month).relativize(pdf).toString().replace('\\', '/');
                List<CSVRecord> lines = byReport.getOrDefault(report, List.of());
                figures += lines.size();
                new ReportCheck(report, month, stored, lines, problems).check(pdf);
            }
        }
        assertThat(figures).as("figures in the ledgers of " + published.name()).isGreaterThan(100);
        assertThat(problems).as(problems.size() + " problems in the reports of " + published.name()
                + ", the first of them").isEmpty();
    }

    /** What the database holds: every stored figure and goal, and the names reports print for ids. */
    private record Stored(Map<String, Row> kpis, Map<String, BigDecimal> goals, Map<String, BigDecimal> targets,
            Map<String, BigDecimal> sheets, Map<String, String> schools, Map<String, String> partnerships,
            Set<String> studentIds) {

        /** {@code smallGroup}: suppressed for resting on too few students, not withheld for a smaller group. */
        record Row(BigDecimal value, BigDecimal lower, BigDecimal upper, boolean suppressed, boolean smallGroup) {
        }

        static Stored read(PublishedMonths.Published published) throws SQLException {
            Map<String, Row> kpis = new HashMap<>();
            Map<String, BigDecimal> goals = new HashMap<>();
            Map<String, BigDecimal> targets = new HashMap<>();
            Map<String, BigDecimal> sheets = new HashMap<>();
            Map<String, String> schools = new HashMap<>();
            Map<String, String> partnerships = new HashMap<>();
            Set<String> studentIds = new HashSet<>();
            try (Connection connection = published.database(); Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT report_month, period_kind, scope, scope_id, "
                        + "subgroup, kpi, kpi_value, lower_bound, upper_bound, suppressed, suppression_reason "
                        + "FROM kpi_value")) {
                    while (rs.next()) {
                        kpis.put(String.join("|", rs.getString(1).trim(), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)), new Row(rs.getBigDecimal(7),
                                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBoolean(10),
                                        rs.getString(11) != null && rs.getString(11).matches("fewer than \\d+ students")));
                    }
                }
                try (ResultSet rs = statement.executeQuery(
                        "SELECT report_month, partnership_id, kpi, achieved, target FROM goal_progress")) {
                    while (rs.next()) {
                        String key = String.join("|", rs.getString(1).trim(), rs.getString(2), rs.getString(3));
                        goals.put(key, rs.getBigDecimal(4));
                        targets.put(key, rs.getBigDecimal(5));
                    }
                }
                // Data received: a sheet counts 1, with its rows loaded and rejected as ingest recorded them.
                try (ResultSet rs = statement.executeQuery(
                        "SELECT source_id, rows_loaded, rows_rejected FROM ingest_source")) {
                    while (rs.next()) {
                        sheets.put(rs.getLong(1) + "|sheets", BigDecimal.ONE);
                        sheets.put(rs.getLong(1) + "|rows_loaded", BigDecimal.valueOf(rs.getLong(2)));
                        sheets.put(rs.getLong(1) + "|rows_rejected", BigDecimal.valueOf(rs.getLong(3)));
                    }
                }
                try (ResultSet rs = statement.executeQuery("SELECT school_id, school_name FROM school")) {
                    while (rs.next()) {
                        schools.put(rs.getString(2), rs.getString(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("SELECT partnership_id, partner_name FROM partnership")) {
                    while (rs.next()) {
                        partnerships.put(rs.getString(2), rs.getString(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("SELECT DISTINCT student_id FROM enrolment")) {
                    while (rs.next()) {
                        studentIds.add(rs.getString(1));
                    }
                }
            }
            return new Stored(kpis, goals, targets, sheets, schools, partnerships, studentIds);
        }

        /** What a formula gives: a value (with an interval for a single estimate), or suppressed, or nothing. */
        Evaluated evaluate(String formula) {
            return new Formula(formula).expression();
        }

        /** A formula of keys, brackets and one kind of operator per bracket, as FigureSource writes it. */
        private final class Formula {

            private final String text;
            private int at;

            Formula(String text) {
                this.text = text;
            }

            Evaluated expression() {
                Evaluated left = term();
                while (at < text.length() && text.charAt(at) == ' ') {
                    char operator = text.charAt(at + 1);
                    at += 3;
                    left = left.combine(term(), operator);
                }
                return left;
            }

            private Evaluated term() {
                if (text.charAt(at) == '(') {
                    at++;
                    Evaluated inner = expression();
                    at++;
                    return inner;
                }
                Matcher key = KEY.matcher(text);
                if (!key.find(at) || key.start() != at) {
                    throw new IllegalArgumentException("Not a formula: " + text + " at " + at);
                }
                at = key.end();
                if (key.group(1).equals("ingest_source")) {
                    BigDecimal counted = sheets.get(key.group(2));
                    return counted == null ? Evaluated.MISSING : Evaluated.of(counted, null, null);
                }
                if (key.group(1).startsWith("goal_progress")) {
                    BigDecimal stored = (key.group(1).endsWith(".target") ? targets : goals).get(key.group(2));
                    return stored == null ? Evaluated.MISSING : Evaluated.of(stored, null, null);
                }
                Row row = kpis.get(key.group(2));
                if (row == null) {
                    return Evaluated.MISSING;
                }
                if (row.suppressed()) {
                    return row.smallGroup() ? Evaluated.SUPPRESSED : Evaluated.WITHHELD;
                }
                return row.value() == null ? Evaluated.MISSING : Evaluated.of(row.value(), row.lower(), row.upper());
            }
        }
    }

    /** {@code withheld}: suppressed only so that a smaller group cannot be worked out, resting on enough itself. */
    private record Evaluated(Double value, Double lower, Double upper, boolean suppressed, boolean withheld) {

        static final Evaluated MISSING = new Evaluated(null, null, null, false, false);
        static final Evaluated SUPPRESSED = new Evaluated(null, null, null, true, false);
        static final Evaluated WITHHELD = new Evaluated(null, null, null, true, true);

        static Evaluated of(BigDecimal value, BigDecimal lower, BigDecimal upper) {
            return new Evaluated(value.doubleValue(), lower == null ? null : lower.doubleValue(),
                    upper == null ? null : upper.doubleValue(), false, false);
        }

        Evaluated combine(Evaluated other, char operator) {
            if (suppressed && !withheld || other.suppressed && !other.withheld) {
                return SUPPRESSED;
            }
            if (suppressed || other.suppressed) {
                return WITHHELD;
            }
            if (value == null || other.value == null) {
                return MISSING;
            }
            double combined = switch (operator) {
                case '+' -> value + other.value;
                case '-' -> value - other.value;
                case '/' -> value / other.value;
                default -> throw new IllegalArgumentException("No operator " + operator);
            };
            return new Evaluated(combined, null, null, false, false);
        }
    }

    /** One report's ledger lines against its PDF. */
    private static final class ReportCheck {

        private final String report;
        private final YearMonth month;
        private final Stored stored;
        private final List<CSVRecord> lines;
        private final List<String> problems;
        private final String subjectScope;
        private final String subjectId;

        ReportCheck(String report, YearMonth month, Stored stored, List<CSVRecord> lines, List<String> problems) {
            this.report = report;
            this.month = month;
            this.stored = stored;
            this.lines = lines;
            this.problems = problems;
            String file = report.substring(report.lastIndexOf('/') + 1);
            String suffix = "-" + month + ".pdf";
            if (file.startsWith("school-dashboard-")) {
                subjectScope = "SCHOOL";
                subjectId = file.substring("school-dashboard-".length(), file.length() - suffix.length());
            } else if (file.startsWith("success-story-")) {
                subjectScope = "PARTNERSHIP";
                subjectId = file.substring("success-story-".length(), file.length() - suffix.length());
            } else {
                subjectScope = "DISTRICT";
                subjectId = "district";
            }
        }

        void check(Path pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                List<List<String>> pageLines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pageLines.add(stripper.getText(document).lines().map(FigureLedgerTest::spaced).toList());
                }
                for (CSVRecord line : lines) {
                    checkLine(line, pageLines);
                }
                checkNothingPrintedOutside(document);
            }
        }

        private void problem(CSVRecord line, String what) {
            problems.add(report + " p." + line.get("page") + " [" + line.get("section") + " | " + line.get("row")
                    + " | " + line.get("column") + "] " + line.get("printed") + " = " + line.get("formula") + ": "
                    + what);
        }

        private void checkLine(CSVRecord line, List<List<String>> pageLines) {
            String printed = line.get("printed");
            String formula = line.get("formula");
            if (formula.isEmpty()) {
                problem(line, "printed without saying which stored figure it is");
                return;
            }
            int page = Integer.parseInt(line.get("page"));
            if (page < 1 || page > pageLines.size()) {
                problem(line, "on no page of the report");
                return;
            }
            String section = line.get("section");
            String rowFirstWord = spaced(line.get("row")).split(" ")[0];
            boolean onItsRow = section.equals("tiles")
                    ? pageLines.get(page - 1).stream().anyMatch(text -> text.contains(printed))
                    : onRow(pageLines.get(page - 1), rowFirstWord, printed);
            if (!onItsRow) {
                problem(line, "not in the page's text" + (section.equals("tiles") ? "" : " on its row"));
            }
            checkValue(line, stored.evaluate(formula));
            checkClaim(line);
        }

        /** The printed text is the evaluated formula, rounded as printed. */
        private void checkValue(CSVRecord line, Evaluated expected) {
            String printed = line.get("printed");
            if (printed.equals("withheld")) {
                if (!expected.withheld()) {
                    problem(line, "printed as withheld for a smaller group, stored as " + expected);
                }
                return;
            }
            if (printed.startsWith("n<")) {
                if (!expected.suppressed() || expected.withheld()) {
                    problem(line, "printed as suppressed, stored as " + expected);
                }
                if (!printed.equals("n<" + MINIMUM_GROUP_SIZE)) {
                    problem(line, "a suppression marker other than the minimum group size");
                }
                return;
            }
            if (expected.suppressed()) {
                problem(line, "printed although the stored figure is suppressed");
                return;
            }
            if (printed.equals("\u2013")) {
                if (expected.value() != null) {
                    problem(line, "printed as missing, stored as " + expected.value());
                }
                return;
            }
            if (expected.value() == null) {
                problem(line, "printed although nothing is stored");
                return;
            }
            String kind = line.get("kind");
            double scale = kind.equals("PERCENT") || kind.equals("POINTS") || kind.equals("ESTIMATE") ? 100 : 1;
            List<Double> wanted = new ArrayList<>(List.of(expected.value() * scale));
            if (kind.endsWith("ESTIMATE")) {
                if (expected.lower() == null || expected.upper() == null) {
                    problem(line, "an estimate printed without a stored interval");
                    return;
                }
                wanted.add(expected.lower() * scale);
                wanted.add(expected.upper() * scale);
            }
            Matcher numbers = NUMBER.matcher(printed.replace("n<", ""));
            for (double value : wanted) {
                if (!numbers.find()) {
                    problem(line, "printed with fewer numbers than it stands for");
                    return;
                }
                double shown = Double.parseDouble(numbers.group(2).replace(",", ""));
                String sign = numbers.group(1);
                if (sign.equals("\u2212") || sign.equals("-")) {
                    shown = -shown;
                }
                int decimals = numbers.group(3) == null ? 0 : numbers.group(3).length();
                double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-6;
                if (Math.abs(shown - value) > tolerance) {
                    problem(line, "the stored figure is " + value);
                }
            }
        }

        /** The figure is about what its page and labels say. */
        private void checkClaim(CSVRecord line) {
            String scope = line.get("scope");
            String scopeId = line.get("scope_id");
            String subgroup = line.get("subgroup");
            String row = line.get("row");
            String column = line.get("column");
            String section = line.get("section");
            String wantScope = subjectScope;
            String wantId = subjectId;
            String wantSubgroup = "all";
            if (!section.equals("tiles") && stored.partnerships().containsKey(row)) {
                wantScope = "PARTNERSHIP";
                wantId = stored.partnerships().get(row);
                if (subjectScope.equals("SCHOOL") && !column.contains(ALL_SCHOOLS) && !section.equals("goals")) {
                    wantSubgroup = "school:" + subjectId;
                }
            } else if (!section.equals("tiles") && stored.schools().containsKey(row)) {
                wantScope = "SCHOOL";
                wantId = stored.schools().get(row);
            }
            if (section.equals("equity")) {
                // All students head the table; every other row is its group's.
                if (subgroup.equals("all") != row.equals("All students") || subgroup.contains(":")
                        && !row.endsWith(subgroup.substring(subgroup.indexOf(':') + 1))) {
                    problem(line, "a group's row holding the figure of " + subgroup);
                }
                wantSubgroup = subgroup;
            }
            if (!scope.equals(wantScope) || !scopeId.equals(wantId) || !subgroup.equals(wantSubgroup)) {
                problem(line, "a figure of " + scope + " " + scopeId + " (" + subgroup + ") where the page and "
                        + "label claim " + wantScope + " " + wantId + " (" + wantSubgroup + ")");
            }
            String formula = line.get("formula");
            if (formula.contains(" - ")) {
                Matcher keys = KEY.matcher(formula);
                while (keys.find()) {
                    String[] key = keys.group(2).split("\\|");
                    if (keys.group(1).equals("kpi_value") && (!key[2].equals(scope) || !key[3].equals(scopeId))) {
                        problem(line, "a change or gap against another scope");
                    }
                }
            }
            String labels = (row + " " + column).toLowerCase(Locale.ROOT);
            String window = line.get("window");
            YearMonth source = YearMonth.parse(line.get("month"));
            String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
            boolean saysYearToDate = labels.contains("year to date");
            boolean saysMonth = labels.contains("(month)") || labels.contains(monthName.toLowerCase(Locale.ROOT));
            if (!section.equals("investment-trend") && (saysYearToDate && !window.equals("YEAR_TO_DATE")
                    || saysMonth && !saysYearToDate && !window.equals("MONTH"))) {
                problem(line, "a figure of window " + window + " under the label " + row + " / " + column);
            }
            if (section.equals("trend")) {
                if (!window.equals("MONTH")
                        || !source.getMonth().getDisplayName(TextStyle.SHORT, Locale.US).startsWith(column)) {
                    problem(line, "a trend cell holding the figure of " + source + " " + window);
                }
            } else if (section.equals("investment-trend")) {
                String named = source.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + source.getYear();
                if (!row.equals(named)) {
                    problem(line, "a month's row holding the figure of " + source);
                }
            } else if (!source.equals(month)) {
                problem(line, "a figure of " + source + " in the report of " + month);
            }
        }

        /**
         * The printed text on a row that starts with the row's first word: on that line, or, for a cell of several
         * lines (wrapped, or a second figure under a first), its words in order on the row's lines, each after the
         * one before, on its line or a later one.
         */
        private static boolean onRow(List<String> lines, String rowFirstWord, String printed) {
            String[] words = printed.split(" ");
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(rowFirstWord)) {
                    continue;
                }
                if (lines.get(i).contains(printed)) {
                    return true;
                }
                List<String> row = lines.subList(i, Math.min(lines.size(), i + ROW_LINES));
                int line = 0;
                int from = 0;
                boolean found = true;
                for (int w = 0; w < words.length && found; w++) {
                    int at = row.get(line).indexOf(words[w], from);
                    while (at < 0 && line + 1 < row.size()) {
                        line++;
                        at = row.get(line).indexOf(words[w]);
                    }
                    found = at >= 0;
                    from = at + words[w].length();
                }
                if (found) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Every figure in a table's data cell, and every headline value (a paragraph that is a figure alone or a
         * change "since ..."), is in the ledger for its page.
         */
        private void checkNothingPrintedOutside(PDDocument document) throws IOException {
            Map<Integer, List<String>> ledgered = new HashMap<>();
            for (CSVRecord line : lines) {
                ledgered.computeIfAbsent(Integer.parseInt(line.get("page")), p -> new ArrayList<>())
                        .addAll(tokens(line.get("printed"), true));
            }
            Map<PDPage, Integer> pageNumbers = new HashMap<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pageNumbers.put(document.getPage(i), i + 1);
            }
            List<Object[]> cells = new ArrayList<>();
            Map<PDPage, Map<Integer, String>> text = new HashMap<>();
            for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                collect(kid, null, cells, text);
            }
            for (Object[] cell : cells) {
                int page = pageNumbers.getOrDefault((PDPage) cell[0], 0);
                String content = (String) cell[1];
                boolean data = cell[2].equals("TD");
                boolean headline = WHOLE_COUNT.matcher(content).matches() || FIGURE_TOKEN.matcher(content).matches()
                        || HEADLINE_CHANGE.matcher(content).lookingAt();
                if (!data && !headline) {
                    continue;
                }
                for (String token : tokens(content, true)) {
                    List<String> onPage = ledgered.getOrDefault(page, new ArrayList<>());
                    if (!onPage.remove(token)) {
                        problems.add(report + " p." + page + ": \"" + token + "\" printed in \"" + content
                                + "\" but not in the ledger");
                    }
                }
            }
        }

        private static List<String> tokens(String text, boolean wholeCount) {
            List<String> tokens = new ArrayList<>();
            Matcher figures = FIGURE_TOKEN.matcher(text);
            while (figures.find()) {
                tokens.add(figures.group());
            }
            if (tokens.isEmpty() && wholeCount && WHOLE_COUNT.matcher(text.strip()).matches()) {
                tokens.add(text.strip());
            }
            return tokens;
        }

        /** Table data cells and paragraphs with their page and text, in reading order. */
        private void collect(Object node, PDPage inherited, List<Object[]> cells,
                Map<PDPage, Map<Integer, String>> text) throws IOException {
            if (!(node instanceof PDStructureElement element)) {
                return;
            }
            PDPage page = element.getPage() != null ? element.getPage() : inherited;
            String type = element.getStructureType();
            if (type.equals("TD") || type.equals("P")) {
                StringBuilder content = new StringBuilder();
                for (Object kid : element.getKids()) {
                    Integer mcid = kid instanceof Integer number ? number
                            : kid instanceof COSInteger number ? Integer.valueOf(number.intValue())
                            : kid instanceof PDMarkedContentReference reference ? reference.getMCID() : null;
                    PDPage on = kid instanceof PDMarkedContentReference reference ? reference.getPage() : page;
                    if (mcid != null && on != null) {
                        String part = text(on, text).getOrDefault(mcid, "").strip();
                        if (!part.isEmpty()) {
                            content.append(content.isEmpty() ? "" : " ").append(part);
                        }
                    }
                }
                if (!content.isEmpty()) {
                    cells.add(new Object[] {page, spaced(content.toString()), type});
                }
            }
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureNode) {
                    collect(kid, page, cells, text);
                }
            }
        }

        private static Map<Integer, String> text(PDPage page, Map<PDPage, Map<Integer, String>> cache)
                throws IOException {
            Map<Integer, String> byMcid = cache.get(page);
            if (byMcid == null) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                byMcid = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if (content.getMCID() >= 0) {
                        byMcid.merge(content.getMCID(), text(content), String::concat);
                    }
                }
                cache.put(page, byMcid);
            }
            return byMcid;
        }

        private static String text(PDMarkedContent content) {
            StringBuilder text = new StringBuilder();
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition position) {
                    text.append(position.getUnicode());
                } else if (item instanceof PDMarkedContent nested) {
                    text.append(text(nested));
                }
            }
            return text.toString();
        }
    }

    /** One space between words, however the text was laid out or extracted. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}
