package org.village.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.xml.parsers.SAXParserFactory;

import com.sun.management.GarbageCollectionNotificationInfo;

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
 * Ingest against the floors no loader beats, on the same files in one run (issue 4): a one-million-row daily
 * attendance sheet as .xlsx and as .csv, each loaded by Village into H2 on disk and read bare (the JDK's SAX parser
 * over the inflated sheet XML; a plain line read and split), and the same rows inserted bare into a table of the
 * same shape (the floor for anything that stores them). Two schools' files loading at once show the parallel load.
 * Run by {@code benchmarks/ingest.sh}; prints a Markdown table for BENCHMARKS.md. Not a test: timings belong here,
 * never in the test suite. With {@code -Dvillage.bench.files=DIR} the generated files are kept in DIR and reused.
 */
public final class IngestBenchmark {

    private static final int STUDENTS = 50_000;
    private static final int SCHOOL_DAYS = 20;
    /** Village's default chunk size, so the bare insert commits as often as the loader does. */
    private static final int CHUNK_ROWS = 1000;
    private static final int ROWS_PER_STATEMENT = 100;

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String keep = System.getProperty("village.bench.files");
        Path work = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("village-ingest-bench");
        Path xlsxInbox = work.resolve("inbox-xlsx");
        Path csvInbox = work.resolve("inbox-csv");
        Path twoSchoolsInbox = work.resolve("inbox-two-schools");
        long rows = Files.exists(twoSchoolsInbox.resolve("attendance-0102.xlsx")) ? (long) STUDENTS * SCHOOL_DAYS
                : writeInboxes(xlsxInbox, csvInbox, twoSchoolsInbox);
        deleteDatabases(work);
        Path sheetFile = xlsxInbox.resolve("attendance.xlsx");
        Path csvFile = csvInbox.resolve("attendance.csv");

        HeapAfterCollection heap = HeapAfterCollection.watch();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            double bareXlsx = rows / seconds(() -> bareSaxRows(sheetFile));
            double bareCsv = rows / seconds(() -> bareCsvRows(csvFile));
            Path bareDb = work.resolve("db-bare-" + i);
            double bareInsert = rows / seconds(() -> bareH2Inserts(bareDb, rows, 1));
            Path bareMultiRowDb = work.resolve("db-bare-multi-row-" + i);
            double bareMultiRowInsert = rows / seconds(() -> bareH2Inserts(bareMultiRowDb, rows, ROWS_PER_STATEMENT));
            heap.start();
            double villageXlsx = rows / villageLoadSeconds(xlsxInbox, work.resolve("db-xlsx-" + i));
            double villageCsv = rows / villageLoadSeconds(csvInbox, work.resolve("db-csv-" + i));
            double villageTwo = 2 * rows / villageLoadSeconds(twoSchoolsInbox, work.resolve("db-two-" + i));
            heap.stop();
            Run run = new Run(bareXlsx, bareCsv, bareInsert, bareMultiRowInsert, villageXlsx, villageCsv, villageTwo);
            runs.add(run);
            System.out.printf(Locale.US, "run %d: %s (load average %s)%n", i + 1, run, loadAverage());
        }
        System.out.printf(Locale.US, "%n| file (%,d rows) | bare read | bare H2 insert, 1 / 100 rows per statement "
                + "| Village ingest into H2 | Village ÷ bare read | Village ÷ bare insert, 1 / 100 rows per statement "
                + "|%n", rows);
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.US, "| .xlsx daily attendance | %,.0f | %,.0f / %,.0f | %,.0f | %.2f | %.2f / %.2f |%n",
                median(runs, Run::bareXlsx), median(runs, Run::bareInsert), median(runs, Run::bareMultiRowInsert),
                median(runs, Run::villageXlsx), median(runs, r -> r.villageXlsx() / r.bareXlsx()),
                median(runs, r -> r.villageXlsx() / r.bareInsert()),
                median(runs, r -> r.villageXlsx() / r.bareMultiRowInsert()));
        System.out.printf(Locale.US, "| .csv daily attendance | %,.0f | %,.0f / %,.0f | %,.0f | %.2f | %.2f / %.2f |%n",
                median(runs, Run::bareCsv), median(runs, Run::bareInsert), median(runs, Run::bareMultiRowInsert),
                median(runs, Run::villageCsv), median(runs, r -> r.villageCsv() / r.bareCsv()),
                median(runs, r -> r.villageCsv() / r.bareInsert()),
                median(runs, r -> r.villageCsv() / r.bareMultiRowInsert()));
        System.out.printf(Locale.US, "%nTwo schools' .xlsx files (%,d rows each) loading at once: %,.0f rows/s, %.2f "
                + "times one file alone.%n", rows, median(runs, Run::villageTwoSchools),
                median(runs, r -> r.villageTwoSchools() / r.villageXlsx()));
        System.out.printf(Locale.US, "Medians of %d runs (ratios: the median of each run's own ratio), in a JVM "
                + "limited to %d MB of heap. During Village's runs the heap held at most %d MB after a collection "
                + "(old generation at most %d MB).%n", repeats, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                heap.maxHeapAfter() / (1024 * 1024), heap.maxOldAfter() / (1024 * 1024));
    }

    /** One repetition's figures, in rows per second, all measured in the same JVM one after another. */
    record Run(double bareXlsx, double bareCsv, double bareInsert, double bareMultiRowInsert, double villageXlsx,
            double villageCsv, double villageTwoSchools) {

        @Override
        public String toString() {
            return String.format(Locale.US, "bare SAX %,.0f, bare split %,.0f, bare H2 insert %,.0f (100-row "
                    + "statements %,.0f); Village .xlsx %,.0f (%.2f of bare SAX, %.2f / %.2f of bare inserts), .csv "
                    + "%,.0f (%.2f of bare split, %.2f / %.2f of bare inserts), two schools at once %,.0f", bareXlsx,
                    bareCsv, bareInsert, bareMultiRowInsert, villageXlsx, villageXlsx / bareXlsx,
                    villageXlsx / bareInsert, villageXlsx / bareMultiRowInsert, villageCsv, villageCsv / bareCsv,
                    villageCsv / bareInsert, villageCsv / bareMultiRowInsert, villageTwoSchools);
        }
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

    /**
     * The floor for any loader that stores the rows: the same rows, made in memory, inserted with plain JDBC batches
     * into a table of the same shape (same columns, key, foreign key and indexes) in an H2 file database like
     * Village's, one commit per {@value #CHUNK_ROWS} rows. With one row per statement this is the batched insert the
     * issue quotes; with {@value #ROWS_PER_STATEMENT} it is the statement Village's writer sends.
     */
    private static long bareH2Inserts(Path workdir, long rows, int rowsPerStatement) throws Exception {
        String[] students = new String[STUDENTS];
        for (int s = 0; s < STUDENTS; s++) {
            students[s] = studentId(s);
        }
        List<LocalDate> days = schoolDays();
        SplittableRandom random = new SplittableRandom(1);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + workdir.toAbsolutePath() + "/bare;TRACE_LEVEL_FILE=0", "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE ingest_source (source_id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                        + "PRIMARY KEY, file_name VARCHAR(500) NOT NULL)");
                ddl.execute("INSERT INTO ingest_source (source_id, file_name) VALUES (1, 'attendance.csv')");
                ddl.execute("CREATE TABLE daily_attendance (source_id BIGINT NOT NULL REFERENCES ingest_source "
                        + "(source_id), source_row INT NOT NULL, student_id VARCHAR(40) NOT NULL, school_id "
                        + "VARCHAR(40) NOT NULL, attendance_date DATE NOT NULL, status CHAR(1) NOT NULL, minutes INT, "
                        + "PRIMARY KEY (source_id, source_row))");
                ddl.execute("CREATE INDEX ix_daily_attendance_date ON daily_attendance (attendance_date)");
                ddl.execute("CREATE INDEX ix_daily_attendance_school ON daily_attendance (school_id, attendance_date)");
            }
            connection.setAutoCommit(false);
            String values = String.join(", ", Collections.nCopies(rowsPerStatement, "(?, ?, ?, ?, ?, ?, ?)"));
            long inserted = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_attendance (source_id, "
                    + "source_row, student_id, school_id, attendance_date, status, minutes) VALUES " + values)) {
                for (long row = 0; row < rows; row++) {
                    int code = random.nextInt(100) < 6 ? (random.nextBoolean() ? 'E' : 'U')
                            : random.nextInt(100) < 3 ? 'T' : 'P';
                    int offset = (int) (row % rowsPerStatement) * 7;
                    insert.setLong(offset + 1, 1);
                    insert.setInt(offset + 2, (int) row + 2);
                    insert.setString(offset + 3, students[(int) (row % STUDENTS)]);
                    insert.setString(offset + 4, "0101");
                    insert.setObject(offset + 5, days.get((int) (row / STUDENTS)));
                    insert.setString(offset + 6, String.valueOf((char) code));
                    insert.setNull(offset + 7, Types.INTEGER);
                    if ((row + 1) % rowsPerStatement == 0) {
                        insert.addBatch();
                    }
                    if ((row + 1) % CHUNK_ROWS == 0) {
                        for (int count : insert.executeBatch()) {
                            inserted += count;
                        }
                        connection.commit();
                    }
                }
            }
            return inserted == rows ? rows : 0;
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

    static long bareCsvRows(Path csv) throws IOException {
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

    /**
     * Writes three inboxes: one school's attendance as .xlsx, the same as .csv, and two schools' .xlsx files (the
     * first school's file and a second school with students of its own) for the parallel load.
     */
    private static long writeInboxes(Path xlsxInbox, Path csvInbox, Path twoSchoolsInbox) throws IOException {
        for (Path inbox : List.of(xlsxInbox, csvInbox, twoSchoolsInbox)) {
            Files.createDirectories(inbox);
            boolean twoSchools = inbox.equals(twoSchoolsInbox);
            writeWorkbook(inbox.resolve("schools.xlsx"), "Schools", twoSchools
                    ? List.of(List.of("School ID", "School Name"), List.of("0101", "Benchmark High School"),
                            List.of("0102", "Second Benchmark High School"))
                    : List.of(List.of("School ID", "School Name"), List.of("0101", "Benchmark High School")));
            List<List<Object>> roster = new ArrayList<>();
            roster.add(List.of("Student ID", "School ID", "Grade", "Entry Date"));
            for (int s = 0; s < (twoSchools ? 2 * STUDENTS : STUDENTS); s++) {
                roster.add(List.of(studentId(s), s < STUDENTS ? "0101" : "0102", "9", LocalDate.of(2026, 8, 12)));
            }
            writeWorkbook(inbox.resolve("roster.xlsx"), "Roster", roster);
        }
        long rows = writeAttendance(xlsxInbox.resolve("attendance.xlsx"), csvInbox.resolve("attendance.csv"),
                "0101", 0);
        Files.copy(xlsxInbox.resolve("attendance.xlsx"), twoSchoolsInbox.resolve("attendance-0101.xlsx"));
        writeAttendance(twoSchoolsInbox.resolve("attendance-0102.xlsx"), null, "0102", STUDENTS);
        return rows;
    }

    private static long writeAttendance(Path xlsx, Path csvFile, String school, int firstStudent) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        long rows = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                Writer csv = csvFile != null ? Files.newBufferedWriter(csvFile) : Writer.nullWriter();
                OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Attendance");
            header(sheet.createRow(0), "Student ID", "School ID", "Date", "Attendance Code");
            csv.write("Student ID,School ID,Date,Attendance Code\n");
            for (LocalDate day : schoolDays()) {
                for (int s = firstStudent; s < firstStudent + STUDENTS; s++) {
                    String code = random.nextInt(100) < 6 ? (random.nextBoolean() ? "AE" : "AU")
                            : random.nextInt(100) < 3 ? "T" : "P";
                    Row row = sheet.createRow((int) ++rows);
                    row.createCell(0).setCellValue(studentId(s));
                    row.createCell(1).setCellValue(school);
                    row.createCell(2).setCellValue(day);
                    row.getCell(2).setCellStyle(date);
                    row.createCell(3).setCellValue(code);
                    csv.write(studentId(s) + "," + school + "," + day + "," + code + "\n");
                }
            }
            workbook.write(out);
        }
        return rows;
    }

    private static List<LocalDate> schoolDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 10, 1); days.size() < SCHOOL_DAYS; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
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

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Databases of an earlier run in a kept folder would hold the files already: the ledger would skip them. */
    private static void deleteDatabases(Path work) throws IOException {
        try (var databases = Files.newDirectoryStream(work, "db-*")) {
            for (Path database : databases) {
                try (var files = Files.walk(database)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        }
        catch (IOException e) {
            return String.format(Locale.US, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * What the heap still holds right after each garbage collection while Village loads, from the collector's own
     * notifications: the memory the loaders keep, as opposed to garbage that dies young.
     */
    static final class HeapAfterCollection implements NotificationListener {

        private volatile boolean watching;
        private final AtomicLong maxHeapAfter = new AtomicLong();
        private final AtomicLong maxOldAfter = new AtomicLong();

        static HeapAfterCollection watch() {
            HeapAfterCollection listener = new HeapAfterCollection();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            }
            return listener;
        }

        void start() {
            System.gc();
            watching = true;
        }

        void stop() {
            watching = false;
        }

        long maxHeapAfter() {
            return maxHeapAfter.get();
        }

        long maxOldAfter() {
            return maxOldAfter.get();
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!watching || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long heap = 0;
            long old = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (pool.getType() == MemoryType.HEAP && after != null) {
                    heap += after.getUsed();
                    if (pool.getName().contains("Old")) {
                        old += after.getUsed();
                    }
                }
            }
            maxHeapAfter.accumulateAndGet(heap, Math::max);
            maxOldAfter.accumulateAndGet(old, Math::max);
        }
    }
}
