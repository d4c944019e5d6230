package org.village.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.village.report.ReportBenchmarkSupport;
import org.village.report.ReportContent;
import org.village.report.ReportRenderer;

/**
 * Report rendering (issue 6): one school dashboard's CPU time after warm-up against the same pages and charts drawn
 * with no layout, 200 school dashboards written on two threads, the largest file, and the heap after every fifty
 * reports. Run by {@code benchmarks/reports.sh}; prints Markdown for BENCHMARKS.md. Not a test: timings belong here,
 * never in the test suite.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 50;
    private static final int SCHOOLS = 200;

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ReportRenderer renderer = ReportBenchmarkSupport.renderer();
        ReportContent school = ReportBenchmarkSupport.schoolDashboard(1);
        List<List<String>> lines = ReportBenchmarkSupport.lines(renderer.layOut(school));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        for (int i = 0; i < WARM_UP; i++) {
            renderer.layOut(ReportBenchmarkSupport.schoolDashboard(i));
            ReportBenchmarkSupport.bare(school, lines);
        }
        List<Double> laidOut = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        long largest = 0;
        List<String> heap = new ArrayList<>();
        Path out = Files.createTempDirectory("village-report-bench");
        for (int repeat = 0; repeat < repeats; repeat++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED; i++) {
                renderer.layOut(ReportBenchmarkSupport.schoolDashboard(i));
            }
            laidOut.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED);
            cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED; i++) {
                ReportBenchmarkSupport.bare(school, lines);
            }
            bare.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED);

            ExecutorService pool = Executors.newFixedThreadPool(2);
            long start = System.nanoTime();
            List<Future<Path>> written = new ArrayList<>();
            for (int i = 0; i < SCHOOLS; i++) {
                int id = i;
                written.add(pool.submit(() -> {
                    Path pdf = out.resolve("school-" + id + ".pdf");
                    renderer.render(ReportBenchmarkSupport.schoolDashboard(id), pdf);
                    return pdf;
                }));
            }
            for (Future<Path> pdf : written) {
                largest = Math.max(largest, Files.size(pdf.get()));
            }
            batch.add((System.nanoTime() - start) / 1e9);
            pool.shutdown();
        }
        for (int total = 50; total <= 200; total += 50) {
            for (int i = 0; i < 50; i++) {
                renderer.layOut(ReportBenchmarkSupport.schoolDashboard(total + i));
            }
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            heap.add(String.format(Locale.US, "%d reports: %.1f MB", total + (repeats + 1) * MEASURED
                    + WARM_UP, (runtime.totalMemory() - runtime.freeMemory()) / 1e6));
        }

        double laidOutMedian = median(laidOut);
        double bareMedian = median(bare);
        System.out.println("| measure | result | target |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.US, "| school dashboard (%d pages), CPU per report after warm-up | %.1f ms (runs: %s) | < 150 ms |%n",
                lines.size(), laidOutMedian, format(laidOut));
        System.out.printf(Locale.US, "| the same pages, lines and charts drawn with no layout | %.1f ms (runs: %s) | |%n",
                bareMedian, format(bare));
        System.out.printf(Locale.US, "| ratio, laid out / no layout | %.2f | < 2 |%n", laidOutMedian / bareMedian);
        System.out.printf(Locale.US, "| %d school dashboards written, 2 threads | %.1f s (runs: %s) | < 30 s |%n",
                SCHOOLS, median(batch), format(batch));
        System.out.printf(Locale.US, "| largest school dashboard | %d KB | < 400 KB |%n", largest / 1024);
        System.out.printf(Locale.US, "| heap after a full GC | %s | flat |%n", String.join("; ", heap));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String format(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.US, "%.1f", v)).toList());
    }
}
