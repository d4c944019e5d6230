package org.village.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.VillageApplication;
import org.village.generate.GeneratedMonth;
import org.village.ingest.IngestStepsConfiguration;
import org.village.monthly.MonthEndRenderingFloor;
import org.village.report.ScalingChart;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A large district's month-end (issue 8), the Java half of {@code benchmarks/month-end.sh}, which runs Village itself
 * ({@code java -jar village.jar run}) and calls this between runs. Not a test: timings belong here, never in the test
 * suite. Commands:
 * <ul>
 * <li>{@code stage GENERATED MONTH BEFORE_INBOX MONTH_INBOX}: hard-links the generator's files into an inbox of every
 * month before MONTH and an inbox of MONTH's files alone;</li>
 * <li>{@code measure RUN MONTH MONTH_INBOX}: after one month-end run in RUN (its work folder, output, {@code time -v}
 * report and GC log), reads each step's wall time and rows from the run's job repository, the heap from the GC log,
 * the PDFs' sizes, and measures on the same files and database, in this JVM: a bare streaming parse of the month's
 * files, the obvious parse (POI's {@code XSSFWorkbook}), one plain read of the month's attendance rows, and the
 * month's reports drawn with no layout; writes RUN/figures.properties;</li>
 * <li>{@code summarize STUDENTS SCHOOLS CSV RUN...}: medians over the runs as Markdown, and the district's row in the
 * scaling CSV;</li>
 * <li>{@code chart CSV PNG}: the scaling chart, with a least-squares line per figure.</li>
 * </ul>
 */
public final class MonthEndBenchmark {

    private static final List<String> INGEST_STEPS = List.of("registerInbox", "loadReferenceLists", "loadRosters",
            "loadActivity", "completeSources", "summariseAttendance");
    private static final List<String> RENDER_STEPS = List.of("renderDistrictReports", "renderScopedReports");
    /** Unified logging with wall-clock decorations: {@code [2026-11-22T15:51:06.123+0000] GC(3) Pause Young ...}. */
    private static final Pattern GC_PAUSE = Pattern.compile(
            "^\\[([^\\]]+)\\].*GC\\(\\d+\\) Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final DateTimeFormatter GC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String CSV_HEADER = "students,schools,month_rows,month_end_s,ingest_s,kpi_s,render_s,"
            + "other_s,peak_heap_mb,peak_rss_mb,runs,load_average,measured";

    private MonthEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "stage" -> stage(Path.of(args[1]), YearMonth.parse(args[2]), Path.of(args[3]), Path.of(args[4]));
            case "measure" -> measure(Path.of(args[1]), YearMonth.parse(args[2]), Path.of(args[3]));
            case "summarize" -> summarize(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    Stream.of(args).skip(4).map(Path::of).toList());
            case "chart" -> chart(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------------- staging

    private static void stage(Path generated, YearMonth month, Path before, Path monthInbox) throws IOException {
        int[] counts = new int[2];
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = generated.relativize(file);
                if (relative.toString().equals("truth.json")) {
                    continue;
                }
                boolean thisMonth = GeneratedMonth.sentIn(relative, month);
                Path target = (thisMonth ? monthInbox : before).resolve(relative);
                Files.createDirectories(target.getParent());
                Files.createLink(target, file);
                counts[thisMonth ? 1 : 0]++;
            }
        }
        System.out.printf(Locale.US, "Staged %,d files of the months before %s in %s and %,d of %s in %s%n",
                counts[0], month, before, counts[1], month, monthInbox);
    }

    // -------------------------------------------------------------------------------------------------- measuring

    private static void measure(Path run, YearMonth month, Path monthInbox) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        timeReport(run.resolve("time.txt"), figures);
        pdfs(run.resolve("out").resolve(month.toString()), figures);
        figures.put("h2.mb", Files.size(run.resolve("workdir/db/village.mv.db")) / 1e6);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(monthInbox)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        bareParse(files, figures);
        obviousParse(files, figures);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--village.workdir=" + run.resolve("workdir").toAbsolutePath(),
                        "--logging.level.org.village=WARN", "--logging.level.org.springframework.batch=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long jobExecution = jdbc.sql("SELECT MAX(job_execution_id) FROM batch_job_execution")
                    .query(Long.class).single();
            long jobInstance = jdbc.sql("SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?")
                    .param(jobExecution).query(Long.class).single();
            String status = jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?")
                    .param(jobExecution).query(String.class).single();
            if (!status.equals("COMPLETED")) {
                throw new IllegalStateException("The month-end run ended " + status + "; see " + run);
            }
            List<Step> steps = steps(jdbc, jobExecution);
            Map<String, Double> heapKept = heapPerStep(run.resolve("gc.log"), steps, figures);
            for (int i = 0; i < steps.size(); i++) {
                // Numbered so that the summary lists the steps in the order the job started them.
                String key = String.format(Locale.ROOT, "step.%02d.%s", i, steps.get(i).name());
                figures.put(key + ".s", steps.get(i).seconds());
                figures.put(key + ".rows", (double) steps.get(i).rows());
                figures.put(key + ".heapAfter.mb", heapKept.getOrDefault(steps.get(i).name(), Double.NaN));
            }
            figures.put("job.s", jdbc.sql("SELECT start_time, end_time FROM batch_job_execution "
                    + "WHERE job_execution_id = ?").param(jobExecution)
                    .query((rs, i) -> seconds(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)))
                    .single());
            figures.put("ingest.s", sum(steps, INGEST_STEPS));
            // Rows the loaders read, stored or rejected: a sheet whose header Village does not recognise is
            // registered but not read, and its rows are not counted here (the bare parses below do read them).
            figures.put("ingest.rows", jdbc.sql("SELECT SUM(read_count + read_skip_count) FROM batch_step_execution "
                    + "WHERE job_execution_id = ? AND step_name LIKE ?").param(jobExecution)
                    .param(IngestStepsConfiguration.LOAD_SOURCE_STEP + ":%").query(Long.class).single().doubleValue());
            figures.put("ingest.unrecognised", jdbc.sql("SELECT COUNT(*) FROM ingest_source s JOIN "
                    + "batch_job_execution e ON e.job_instance_id = s.job_instance_id WHERE e.job_execution_id = ? "
                    + "AND s.status <> 'LOADED'").param(jobExecution).query(Long.class).single().doubleValue());
            figures.put("kpi.s", span(steps, KpiBenchmark.KPI_STEPS));
            figures.put("render.s", sum(steps, RENDER_STEPS));

            long start = System.nanoTime();
            long rows = KpiBenchmark.bareRead(context.getBean(DataSource.class), month);
            figures.put("kpiRead.s", (System.nanoTime() - start) / 1e9);
            figures.put("kpiRead.rows", (double) rows);
            MonthEndRenderingFloor.Floor floor = MonthEndRenderingFloor.measure(context, month, jobInstance,
                    run.resolve("out"));
            figures.put("renderFloor.s", floor.drawSeconds());
            figures.put("renderFigures.s", floor.figuresSeconds());
        }
        figures.put("loadAverage", loadAverage());
        Properties saved = new Properties();
        figures.forEach((key, value) -> saved.setProperty(key, Double.toString(value)));
        try (Writer out = Files.newBufferedWriter(run.resolve("figures.properties"))) {
            saved.store(out, "benchmarks/month-end.sh, " + month);
        }
        System.out.printf(Locale.US, "%s: process %.1f s, job %.1f s (ingest %.1f, KPIs %.1f, reports %.1f); "
                + "%,.0f rows at %,.0f rows/s; load average %.2f%n", run.getFileName(), figures.get("wall.s"),
                figures.get("job.s"), figures.get("ingest.s"), figures.get("kpi.s"), figures.get("render.s"),
                figures.get("ingest.rows"), figures.get("ingest.rows") / figures.get("ingest.s"),
                figures.get("loadAverage"));
    }

    /** A step of the job: the top-level ones, whose figures include their partitions'. */
    record Step(String name, LocalDateTime start, LocalDateTime end, long rows) {
        double seconds() {
            return MonthEndBenchmark.seconds(start, end);
        }
    }

    private static List<Step> steps(JdbcClient jdbc, long jobExecution) {
        return jdbc.sql("SELECT step_name, start_time, end_time, read_count, write_count FROM batch_step_execution "
                        + "WHERE job_execution_id = ? AND step_name NOT LIKE '%:%' ORDER BY step_execution_id")
                .param(jobExecution)
                .query((rs, i) -> new Step(rs.getString(1), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class), Math.max(rs.getLong(4), rs.getLong(5))))
                .list();
    }

    static double seconds(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end).toNanos() / 1e9;
    }

    /**
     * A step's figure in one run, found by the step's name: the number before it orders the steps as that run started
     * them, and the KPI steps that run side by side may start in either order.
     */
    private static double stepFigure(Map<String, Double> figures, String step, String figure) {
        String key = step + "." + figure;
        return figures.entrySet().stream().filter(e -> e.getKey().startsWith("step.") && unnumbered(e.getKey())
                .equals(key)).map(Map.Entry::getValue).findFirst().orElse(Double.NaN);
    }

    /** A step figure's key without "step.NN.": the step's name and the figure's. */
    private static String unnumbered(String key) {
        return key.substring(key.indexOf('.', "step.".length()) + 1);
    }

    private static double sum(List<Step> steps, List<String> names) {
        return steps.stream().filter(step -> names.contains(step.name())).mapToDouble(Step::seconds).sum();
    }

    /** From the start of the first of these steps to the end of the last: some of them run side by side. */
    private static double span(List<Step> steps, List<String> names) {
        List<Step> named = steps.stream().filter(step -> names.contains(step.name())).toList();
        return seconds(named.stream().map(Step::start).min(LocalDateTime::compareTo).orElseThrow(),
                named.stream().map(Step::end).max(LocalDateTime::compareTo).orElseThrow());
    }

    /** Wall time and peak resident set from GNU time's {@code -v} report. */
    private static void timeReport(Path report, Map<String, Double> figures) throws IOException {
        for (String line : Files.readAllLines(report)) {
            String value = line.substring(line.lastIndexOf(": ") + 2).strip();
            if (line.contains("Elapsed (wall clock) time")) {
                double seconds = 0;
                for (String part : value.split(":")) {
                    seconds = seconds * 60 + Double.parseDouble(part);
                }
                figures.put("wall.s", seconds);
            }
            else if (line.contains("Maximum resident set size")) {
                figures.put("rss.mb", Long.parseLong(value) / 1024.0);
            }
        }
    }

    /**
     * The heap from the GC log: the most it held before any collection (what the process had to have) and the most
     * still held right after one (what it kept), overall and during each step.
     */
    private static Map<String, Double> heapPerStep(Path gcLog, List<Step> steps, Map<String, Double> figures)
            throws IOException {
        double before = 0;
        double after = 0;
        Map<String, Double> afterPerStep = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (!pause.find()) {
                continue;
            }
            double heapBefore = Double.parseDouble(pause.group(2));
            double heapAfter = Double.parseDouble(pause.group(3));
            before = Math.max(before, heapBefore);
            after = Math.max(after, heapAfter);
            LocalDateTime at = OffsetDateTime.parse(pause.group(1), GC_TIME).atZoneSameInstant(ZoneId.systemDefault())
                    .toLocalDateTime();
            for (Step step : steps) {
                if (!at.isBefore(step.start()) && !at.isAfter(step.end())) {
                    afterPerStep.merge(step.name(), heapAfter, Math::max);
                }
            }
        }
        figures.put("heapBefore.mb", before);
        figures.put("heapAfter.mb", after);
        return afterPerStep;
    }

    private static void pdfs(Path monthFolder, Map<String, Double> figures) throws IOException {
        List<Long> sizes;
        try (Stream<Path> walk = Files.walk(monthFolder)) {
            sizes = walk.filter(file -> file.toString().endsWith(".pdf")).map(file -> {
                try {
                    return Files.size(file);
                }
                catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        figures.put("pdf.count", (double) sizes.size());
        figures.put("pdf.largest.kb", sizes.stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0);
        figures.put("pdf.total.mb", sizes.stream().mapToLong(Long::longValue).sum() / 1e6);
    }

    /**
     * The floor no reader beats: each .xlsx sheet through POI's event API (the package opened read-only, the shared
     * strings read, the sheet XML parsed with a SAX handler that takes every cell's text and nothing more), each CSV
     * file read line by line and split on commas. Rows are data rows: one header row per sheet is not counted.
     */
    private static void bareParse(List<Path> files, Map<String, Double> figures) throws Exception {
        // A first pass warms the JIT and loads POI's classes, so the floor is the fastest it gets: the month-end run
        // pays its own warm-up, the floor does not.
        for (Path file : files) {
            if (file.toString().endsWith(".xlsx")) {
                eventApiRows(file);
            }
            else if (file.toString().endsWith(".csv")) {
                splitRows(file);
            }
        }
        long xlsxRows = 0;
        long csvRows = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            if (file.toString().endsWith(".xlsx")) {
                xlsxRows += eventApiRows(file);
            }
        }
        double xlsxSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (Path file : files) {
            if (file.toString().endsWith(".csv")) {
                csvRows += splitRows(file);
            }
        }
        double csvSeconds = (System.nanoTime() - start) / 1e9;
        figures.put("bare.xlsx.rows", (double) xlsxRows);
        figures.put("bare.xlsx.s", xlsxSeconds);
        figures.put("bare.csv.rows", (double) csvRows);
        figures.put("bare.csv.s", csvSeconds);
    }

    private static long eventApiRows(Path xlsx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            RowCounter counter = new RowCounter(strings.getCount());
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(counter);
            for (var sheets = reader.getSheetsData(); sheets.hasNext();) {
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                }
                counter.rows--;
            }
            return counter.rows;
        }
    }

    /** Counts rows and takes each value's characters, as any reader must. */
    private static final class RowCounter extends DefaultHandler {
        long rows;
        long characters;
        final int sharedStrings;

        RowCounter(int sharedStrings) {
            this.sharedStrings = sharedStrings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("row".equals(localName) || "row".equals(qName)) {
                rows++;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            characters += length;
        }
    }

    /** A CSV's data rows, read and split on commas: {@link IngestBenchmark}'s bare read, less the header. */
    private static long splitRows(Path csv) throws IOException {
        return Math.max(0, IngestBenchmark.bareCsvRows(csv) - 1);
    }

    /**
     * The obvious way: each .xlsx loaded whole with POI's {@code XSSFWorkbook} and every cell's value read; the CSV
     * files read as above, for which the plain way is also the obvious one.
     */
    private static void obviousParse(List<Path> files, Map<String, Double> figures) throws Exception {
        List<Path> workbooks = files.stream().filter(file -> file.toString().endsWith(".xlsx")).toList();
        if (!workbooks.isEmpty()) {
            obviousRows(workbooks.get(0), new long[1]);
        }
        long rows = 0;
        long[] cells = {0};
        long start = System.nanoTime();
        for (Path file : workbooks) {
            rows += obviousRows(file, cells);
        }
        figures.put("obvious.xlsx.rows", (double) rows);
        figures.put("obvious.xlsx.s", (System.nanoTime() - start) / 1e9);
        figures.put("obvious.xlsx.cells", (double) cells[0]);
    }

    private static long obviousRows(Path file, long[] cells) throws Exception {
        long rows = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                rows--;
                for (Row row : sheet) {
                    rows++;
                    for (Cell cell : row) {
                        Object value = switch (cell.getCellType()) {
                            case STRING -> cell.getStringCellValue();
                            case NUMERIC -> cell.getNumericCellValue();
                            case BOOLEAN -> cell.getBooleanCellValue();
                            default -> null;
                        };
                        cells[0] += value == null ? 0 : 1;
                    }
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ summarizing

    private static void summarize(int students, int schools, Path csv, List<Path> runs) throws IOException {
        List<Map<String, Double>> all = new ArrayList<>();
        for (Path run : runs) {
            Properties saved = new Properties();
            try (Reader in = Files.newBufferedReader(run.resolve("figures.properties"))) {
                saved.load(in);
            }
            Map<String, Double> figures = new TreeMap<>();
            saved.forEach((key, value) -> figures.put((String) key, Double.parseDouble((String) value)));
            all.add(figures);
        }
        Map<String, Double> first = all.get(0);
        System.out.printf(Locale.US, "%n### %,d students, %d schools: medians of %d runs%n%n", students, schools,
                all.size());
        System.out.println("| figure | median | runs |");
        System.out.println("|---|---|---|");
        row(all, "month-end run, process wall time (JVM start to exit)", "%.1f s", f -> f.get("wall.s"));
        row(all, "the job (first step's start to last step's end)", "%.1f s", f -> f.get("job.s"));
        row(all, "ingest (registration to source completion): rows", "%,.0f", f -> f.get("ingest.rows"));
        row(all, "ingest: rows per second", "%,.0f", f -> f.get("ingest.rows") / f.get("ingest.s"));
        row(all, "ingest: sheets registered but not loaded (header not recognised, unreadable)", "%.0f",
                f -> f.get("ingest.unrecognised"));
        row(all, "peak heap (most occupied before a GC, -Xmx1g)", "%.0f MB", f -> f.get("heapBefore.mb"));
        row(all, "most heap kept after a GC", "%.0f MB", f -> f.get("heapAfter.mb"));
        row(all, "peak resident set (time -v)", "%.0f MB", f -> f.get("rss.mb"));
        row(all, "PDFs written", "%.0f", f -> f.get("pdf.count"));
        row(all, "largest PDF", "%.0f KB", f -> f.get("pdf.largest.kb"));
        row(all, "all PDFs together", "%.1f MB", f -> f.get("pdf.total.mb"));
        row(all, "H2 database after the run (village.mv.db)", "%,.0f MB", f -> f.get("h2.mb"));
        row(all, "load average (1 min) after the run", "%.2f", f -> f.get("loadAverage"));

        System.out.println();
        System.out.println("| step | wall time, median | runs | rows | rows/s (loaders) | most heap kept after a GC during "
                + "the step |");
        System.out.println("|---|---|---|---|---|---|");
        for (String key : first.keySet()) {
            if (key.startsWith("step.") && key.endsWith(".s")) {
                String name = unnumbered(key);
                String step = name.substring(0, name.length() - ".s".length());
                double seconds = median(all, f -> stepFigure(f, step, "s"));
                double rows = median(all, f -> stepFigure(f, step, "rows"));
                double heap = median(all, f -> stepFigure(f, step, "heapAfter.mb"));
                System.out.printf(Locale.US, "| `%s` | %.2f s | %s | %,.0f | %s | %s |%n", step, seconds,
                        String.join(", ", all.stream().map(f -> String.format(Locale.US, "%.2f",
                                stepFigure(f, step, "s"))).toList()), rows,
                        step.startsWith("load") && rows > 0 && seconds > 0 ? String.format(Locale.US, "%,.0f",
                                rows / seconds) : "",
                        Double.isNaN(heap) ? "no GC" : String.format(Locale.US, "%.0f MB", heap));
            }
        }

        System.out.println();
        System.out.println("| ratio (same run, same files) | median | runs | the two sides, medians |");
        System.out.println("|---|---|---|---|");
        ratio(all, "ingest ÷ bare streaming parse (rows/s; ≥ 0.5 wanted)", f -> ingestRate(f) / bareRate(f),
                f -> String.format(Locale.US, "ingest %,.0f rows/s; bare parse %,.0f rows/s (.xlsx %,.0f, .csv %,.0f)",
                        ingestRate(f), bareRate(f), f.get("bare.xlsx.rows") / f.get("bare.xlsx.s"),
                        f.get("bare.csv.rows") / f.get("bare.csv.s")));
        ratio(all, "ingest ÷ the obvious way (XSSFWorkbook; rows/s)", f -> ingestRate(f) / obviousRate(f),
                f -> String.format(Locale.US, "obvious way %,.0f rows/s (.xlsx alone %,.0f)", obviousRate(f),
                        f.get("obvious.xlsx.rows") / f.get("obvious.xlsx.s")));
        ratio(all, "KPI steps ÷ one plain read of the month's attendance (time)", f -> f.get("kpi.s") / f.get("kpiRead.s"),
                f -> String.format(Locale.US, "KPI steps %.1f s; read of %,.0f rows %.2f s", f.get("kpi.s"),
                        f.get("kpiRead.rows"), f.get("kpiRead.s")));
        ratio(all, "rendering ÷ the same pages with no layout (time)", f -> f.get("render.s") / f.get("renderFloor.s"),
                f -> String.format(Locale.US, "render steps %.1f s, of which reading the figures and assembling "
                        + "the reports' content about %.1f s (timed apart); no layout %.1f s", f.get("render.s"),
                        f.get("renderFigures.s"), f.get("renderFloor.s")));

        Map<String, Double> medians = new LinkedHashMap<>();
        for (String key : List.of("ingest.rows", "wall.s", "ingest.s", "kpi.s", "render.s", "job.s",
                "heapBefore.mb", "rss.mb", "loadAverage")) {
            medians.put(key, median(all, f -> f.get(key)));
        }
        upsertCsv(csv, students, String.format(Locale.US, "%d,%d,%.0f,%.1f,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%d,%.2f,%s",
                students, schools, medians.get("ingest.rows"), medians.get("wall.s"), medians.get("ingest.s"),
                medians.get("kpi.s"), medians.get("render.s"), median(all, f -> f.get("wall.s") - f.get("ingest.s")
                        - f.get("kpi.s") - f.get("render.s")), medians.get("heapBefore.mb"), medians.get("rss.mb"),
                all.size(), medians.get("loadAverage"), LocalDate.now()));
        System.out.printf("%nScaling row for %,d students written to %s%n", students, csv);
    }

    private static double ingestRate(Map<String, Double> f) {
        return f.get("ingest.rows") / f.get("ingest.s");
    }

    private static double bareRate(Map<String, Double> f) {
        return (f.get("bare.xlsx.rows") + f.get("bare.csv.rows")) / (f.get("bare.xlsx.s") + f.get("bare.csv.s"));
    }

    private static double obviousRate(Map<String, Double> f) {
        return (f.get("obvious.xlsx.rows") + f.get("bare.csv.rows")) / (f.get("obvious.xlsx.s") + f.get("bare.csv.s"));
    }

    private static void row(List<Map<String, Double>> all, String label, String format,
            ToDoubleFunction<Map<String, Double>> figure) {
        String runs = String.join(", ", all.stream().map(f -> String.format(Locale.US, format,
                figure.applyAsDouble(f))).toList());
        System.out.printf(Locale.US, "| %s | " + format + " | %s |%n", label, median(all, figure), runs);
    }

    private static void ratio(List<Map<String, Double>> all, String label, ToDoubleFunction<Map<String, Double>> ratio,
            Function<Map<String, Double>, String> sides) {
        String runs = String.join(", ", all.stream().map(f -> String.format(Locale.US, "%.2f",
                ratio.applyAsDouble(f))).toList());
        Map<String, Double> middle = all.stream().sorted(Comparator.comparingDouble(ratio))
                .toList().get(all.size() / 2);
        System.out.printf(Locale.US, "| %s | **%.2f** | %s | %s (run with the median ratio) |%n", label,
                median(all, ratio), runs, sides.apply(middle));
    }

    private static double median(List<Map<String, Double>> all, ToDoubleFunction<Map<String, Double>> figure) {
        double[] sorted = all.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void upsertCsv(Path csv, int students, String line) throws IOException {
        TreeMap<Integer, String> rows = new TreeMap<>();
        if (Files.exists(csv)) {
            for (String existing : Files.readAllLines(csv)) {
                if (!existing.isBlank() && !existing.startsWith("students")) {
                    rows.put(Integer.parseInt(existing.substring(0, existing.indexOf(','))), existing);
                }
            }
        }
        rows.put(students, line);
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        lines.addAll(rows.values());
        Files.write(csv, lines);
    }

    // ---------------------------------------------------------------------------------------------------- scaling

    private static void chart(Path csv, Path png) throws IOException {
        List<String[]> rows = Files.readAllLines(csv).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",")).toList();
        String[] header = CSV_HEADER.split(",");
        List<ScalingChart.Line> lines = new ArrayList<>();
        Map<String, String> series = new LinkedHashMap<>();
        series.put("month_end_s", "month-end run");
        series.put("ingest_s", "ingest");
        series.put("kpi_s", "KPI steps");
        series.put("render_s", "reports");
        series.put("other_s", "the rest (start-up, export, e-mail, manifest)");
        for (Map.Entry<String, String> entry : series.entrySet()) {
            int column = List.of(header).indexOf(entry.getKey());
            List<double[]> points = rows.stream()
                    .map(row -> new double[] {Double.parseDouble(row[0]), Double.parseDouble(row[column])}).toList();
            if (points.size() < 2) {
                lines.add(new ScalingChart.Line(entry.getValue() + " (one district so far: no slope)", points));
                continue;
            }
            double[] fit = leastSquares(points);
            String label = String.format(Locale.US, "%s: %.2f s per 1,000 students", entry.getValue(), fit[0] * 1000);
            lines.add(new ScalingChart.Line(label, points));
            System.out.printf(Locale.US, "%s: slope %.3f s per 1,000 students, intercept %.1f s (least squares over "
                    + "%d districts)%n", entry.getValue(), fit[0] * 1000, fit[1], points.size());
        }
        // Which runs the points are, so a chart of figures taken on a busy machine says so.
        String subtitle = "Medians. Runs and the 1-minute load average after them (2 is a quiet machine): "
                + String.join(" · ", rows.stream().map(row -> String.format(Locale.US, "%,d students: %s run(s), "
                        + "%s on %s", Integer.parseInt(row[0]), row[10], row[11], row[12])).toList());
        ScalingChart.writePng(png, "Month-end run on 2 cores, -Xmx1g: wall time against district size", subtitle,
                lines, 620, 380);
        System.out.println("Chart written to " + png);
    }

    /** Slope and intercept of the least-squares line through the points. */
    static double[] leastSquares(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double denominator = n * sxx - sx * sx;
        double slope = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
        return new double[] {slope, (sy - slope * sx) / n};
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ", 2)[0]);
        }
        catch (IOException e) {
            return Double.NaN;
        }
    }
}
