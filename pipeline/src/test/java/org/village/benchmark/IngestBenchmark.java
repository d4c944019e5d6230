package org.village.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.VillageApplication;
import org.village.monthly.InboxValidation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Ingest against the floors no reader beats, on the same files in one run (issue 4): a one-million-row daily
 * attendance sheet as .xlsx and as .csv, each loaded by Village into H2 on disk and read bare (the JDK's SAX parser
 * over the inflated sheet XML; a plain line read and split). Run by {@code benchmarks/ingest.sh}; prints a
 * Markdown table for BENCHMARKS.md. Not a test: timings belong here, never in the test suite.
 */
public final class IngestBenchmark {

    private static final int STUDENTS = 50_000;
    private static final int SCHOOL_DAYS = 20;

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("village-ingest-bench");
        Path xlsxInbox = work.resolve("inbox-xlsx");
        Path csvInbox = work.resolve("inbox-csv");
        long rows = writeInboxes(xlsxInbox, csvInbox);
        Path sheetFile = xlsxInbox.resolve("attendance.xlsx");
        Path csvFile = csvInbox.resolve("attendance.csv");

        List<Double> bareXlsx = new ArrayList<>();
        List<Double> bareCsv = new ArrayList<>();
        List<Double> villageXlsx = new ArrayList<>();
        List<Double> villageCsv = new ArrayList<>();
        long villagePeakHeap = 0;
        for (int i = 0; i < repeats; i++) {
            bareXlsx.add(rows / seconds(() -> bareSaxRows(sheetFile)));
            bareCsv.add(rows / seconds(() -> bareCsvRows(csvFile)));
            resetPeakHeap();
            villageXlsx.add(rows / villageLoadSeconds(xlsxInbox, work.resolve("db-xlsx-" + i)));
            villageCsv.add(rows / villageLoadSeconds(csvInbox, work.resolve("db-csv-" + i)));
            villagePeakHeap = Math.max(villagePeakHeap, peakHeapBytes());
        }
        System.out.printf(Locale.US, "%n| file (%,d rows) | bare read, rows/s | Village ingest into H2, rows/s | ratio |%n",
                rows);
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.US, "| .xlsx daily attendance | %,.0f | %,.0f | %.2f |%n", median(bareXlsx),
                median(villageXlsx), median(villageXlsx) / median(bareXlsx));
        System.out.printf(Locale.US, "| .csv daily attendance | %,.0f | %,.0f | %.2f |%n", median(bareCsv),
                median(villageCsv), median(villageCsv) / median(bareCsv));
        System.out.printf(Locale.US, "%nMedians of %d runs, in a JVM limited to %d MB of heap. Old generation (what "
                + "survives collection) at most %d MB during Village's runs.%n", repeats,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), villagePeakHeap / (1024 * 1024));
    }

    /** The time Village's loaders spent on the attendance sheet: the activity stage of the ingest job. */
    private static double villageLoadSeconds(Path inbox, Path workdir) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--village.workdir=" + workdir, "--logging.level.org.village=WARN")) {
            InboxValidation.Outcome outcome = context.getBean(InboxValidation.class).validate(inbox);
            if (outcome.failure() != null) {
                throw new IllegalStateException(outcome.failure());
            }
            var times = context.getBean(JdbcClient.class)
                    .sql("SELECT start_time, end_time FROM batch_step_execution WHERE step_name = 'loadActivity'")
                    .query((rs, i) -> Duration.between(rs.getObject("start_time", LocalDateTime.class),
                            rs.getObject("end_time", LocalDateTime.class)))
                    .single();
            return times.toNanos() / 1e9;
        }
    }

    private static long bareSaxRows(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            long[] rows = { 0 };
            try (InputStream in = zip.getInputStream(sheet)) {
                SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes attributes) {
                        if ("row".equals(qName)) {
                            rows[0]++;
                        }
                    }
                });
            }
            return rows[0];
        }
    }

    private static long bareCsvRows(Path csv) throws IOException {
        long rows = 0;
        long fields = 0;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                fields += line.split(",", -1).length;
                rows++;
            }
        }
        return fields > 0 ? rows : 0;
    }

    private static long writeInboxes(Path xlsxInbox, Path csvInbox) throws IOException {
        for (Path inbox : List.of(xlsxInbox, csvInbox)) {
            Files.createDirectories(inbox);
            writeWorkbook(inbox.resolve("schools.xlsx"), "Schools", List.of(List.of("School ID", "School Name"),
                    List.of("0101", "Benchmark High School")));
            List<List<Object>> roster = new ArrayList<>();
            roster.add(List.of("Student ID", "School ID", "Grade", "Entry Date"));
            for (int s = 0; s < STUDENTS; s++) {
                roster.add(List.of(studentId(s), "0101", "9", LocalDate.of(2026, 8, 12)));
            }
            writeWorkbook(inbox.resolve("roster.xlsx"), "Roster", roster);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 10, 1); days.size() < SCHOOL_DAYS; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        SplittableRandom random = new SplittableRandom(1);
        long rows = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                BufferedWriter csv = Files.newBufferedWriter(csvInbox.resolve("attendance.csv"));
                OutputStream out = Files.newOutputStream(xlsxInbox.resolve("attendance.xlsx"))) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Attendance");
            header(sheet.createRow(0), "Student ID", "School ID", "Date", "Attendance Code");
            csv.write("Student ID,School ID,Date,Attendance Code\n");
            for (LocalDate day : days) {
                for (int s = 0; s < STUDENTS; s++) {
                    String code = random.nextInt(100) < 6 ? (random.nextBoolean() ? "AE" : "AU")
                            : random.nextInt(100) < 3 ? "T" : "P";
                    Row row = sheet.createRow((int) ++rows);
                    row.createCell(0).setCellValue(studentId(s));
                    row.createCell(1).setCellValue("0101");
                    row.createCell(2).setCellValue(day);
                    row.getCell(2).setCellStyle(date);
                    row.createCell(3).setCellValue(code);
                    csv.write(studentId(s) + ",0101," + day + "," + code + "\n");
                }
            }
            workbook.write(out);
        }
        return rows;
    }

    private static void writeWorkbook(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    }
                    else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void header(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }

    private static String studentId(int s) {
        return String.format("%07d", s + 1);
    }

    interface Work {
        long run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        long rows = work.run();
        if (rows == 0) {
            throw new IllegalStateException("read nothing");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
    }

    /** The old generation's peak: what the loaders keep, as opposed to garbage that dies young. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
