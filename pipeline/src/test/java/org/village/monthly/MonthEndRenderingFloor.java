package org.village.monthly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.village.output.MonthFolder;
import org.village.report.ReportBenchmarkSupport;
import org.village.report.ReportContent;
import org.village.report.ReportTemplates;

/**
 * For {@code org.village.benchmark.MonthEndBenchmark}: the floor under a month-end run's rendering, the time to write
 * the very PDFs the run wrote (the same pages, text lines and charts, from the same figures) with no layout.
 * The figures and each report's content are assembled (timed on their own) and its text read back from the run's PDF
 * beforehand, so the floor times only drawing and saving, on as many threads as the run renders with.
 */
public final class MonthEndRenderingFloor {

    private static final Pattern SCOPED = Pattern.compile("(school-dashboard|success-story)-(.+)-\\d{4}-\\d{2}\\.pdf");

    private record Report(Path pdf, ReportContent content) {
    }

    /**
     * @param figuresSeconds reading the month's figures and assembling every report's content from them (the part of
     *        the run's rendering steps that is database work, timed here on its own, once)
     * @param drawSeconds writing the same pages with the same charts and no layout
     */
    public record Floor(double figuresSeconds, double drawSeconds) {
    }

    private MonthEndRenderingFloor() {
    }

    /** Every report the run of {@code jobInstanceId} wrote under {@code outputRoot}, drawn with no layout. */
    public static Floor measure(ApplicationContext context, YearMonth month, long jobInstanceId, Path outputRoot)
            throws Exception {
        ReportContentAssembler assembler = context.getBean(ReportContentAssembler.class);
        ReportProperties properties = context.getBean(ReportProperties.class);
        ReportTemplates templates = ReportTemplates.load(properties.templates(), properties.language());
        long start = System.nanoTime();
        MonthFigures figures = assembler.load(month, jobInstanceId);
        MonthFolder folder = new MonthFolder(outputRoot, month);
        List<Report> reports = new ArrayList<>();
        reports.add(new Report(folder.districtDashboard(), assembler.district(figures)));
        reports.add(new Report(folder.boardPacket(), assembler.board(figures)));
        for (String kind : List.of("schools", "stories")) {
            Path dir = folder.directory().resolve(kind);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var pdfs = Files.list(dir)) {
                for (Path pdf : pdfs.sorted().toList()) {
                    Matcher name = SCOPED.matcher(pdf.getFileName().toString());
                    if (!name.matches()) {
                        continue;
                    }
                    ReportContent content = name.group(1).equals("school-dashboard")
                            ? assembler.school(figures, name.group(2))
                            : assembler.story(figures, name.group(2)).orElseThrow();
                    reports.add(new Report(pdf, content));
                }
            }
        }
        double figuresSeconds = (System.nanoTime() - start) / 1e9;
        List<List<List<String>>> pages = reports.stream().map(report -> lines(report.pdf())).toList();
        Path scratch = Files.createTempDirectory("village-render-floor");
        ExecutorService pool = Executors.newFixedThreadPool(properties.renderThreads());
        try {
            start = System.nanoTime();
            List<Future<?>> written = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Report report = reports.get(i);
                List<List<String>> text = pages.get(i);
                Path target = scratch.resolve(i + ".pdf");
                written.add(pool.submit(() -> {
                    Files.write(target, ReportBenchmarkSupport.bare(text,
                            ReportBenchmarkSupport.charts(report.content(), templates.theme(), templates.messages())));
                    return null;
                }));
            }
            for (Future<?> pdf : written) {
                pdf.get();
            }
            return new Floor(figuresSeconds, (System.nanoTime() - start) / 1e9);
        }
        finally {
            pool.shutdown();
            try (var files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        }
    }

    private static List<List<String>> lines(Path pdf) {
        try {
            return ReportBenchmarkSupport.lines(Files.readAllBytes(pdf));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pdf, e);
        }
    }
}
