package org.village.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.delivery.FreePort;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.infrastructure.WorkDatabase;

/**
 * Crash safety (issue 20): the command line's {@code run} in JVMs of their own, stopped dead at every step boundary
 * and inside every step ({@code village.halt-at}, {@code org.village.infrastructure.HaltPoints}, which halts the JVM
 * as SIGKILL would) and killed with SIGKILL at timed points, each time started again with the same command until
 * the month finishes. Then every table, every PDF's text, the figures workbook, the month's files and the e-mails
 * received (GreenMail) equal those of one run that was never stopped: nothing is lost, nothing is counted or sent
 * twice.
 * <p>
 * One chain of runs per database carries every point: each run halts at the next point it reaches that no earlier
 * run halted at (the points it passed are in the halt log), so a point costs one JVM start, not a run of its own.
 * Child JVMs take about two minutes on H2 on a busy two-core machine, so this runs where {@code CI} is set, as
 * {@link KilledRunTest} does; the PostgreSQL chain, with fewer points, also needs {@code VILLAGE_TEST_PG_URL}.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true|1",
        disabledReason = "dozens of runs in child JVMs (about 2 min): CI only; set CI=true to run it here")
class CrashRecoveryTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);
    private static final int SMTP_PORT = FreePort.find();
    private static final long RUN_TIMEOUT_MINUTES = 3;

    /**
     * Every step, at the boundary and inside. A tasklet step commits its work in one transaction and Spring Batch
     * marks it complete in another, so "committed" is where a kill found it in the issue: its work done, the step not
     * complete, every later step not begun. A chunk step (the loaders, delivery) is halted with its first chunk
     * committed and at its end; a partitioned step at its end, its partitions complete and itself not. "start" is a
     * step stored as started that did nothing yet, which is also the previous step's completion.
     */
    static final List<String> EVERY_POINT = List.of(
            "job@start",
            "registerInbox@start", "registerInbox@committed",
            "loadReferenceLists@start", "loadSource@committed", "loadSource@end", "loadReferenceLists@end",
            "loadRosters@start", "loadRosters@end", "loadActivity@end",
            "completeSources@committed", "summariseAttendance@committed",
            "clearMonthKpis@committed", "computeAttendance@committed", "computeParticipation@committed",
            "computeGpa@committed", "computeEffects@committed", "computeReturnOnInvestment@committed",
            "suppressSmallGroups@committed", "computeGoalProgress@committed",
            "checkPlausibility@committed", "renderDistrictReports@committed",
            "scopedReport@committed", "renderScopedReports@end", "exportFigures@committed",
            "deliverReports@start", "deliverReports@committed", "deliverReports@end",
            "writeManifest@committed");

    /**
     * The KPI steps that run on two threads: a halt in one may find the other's step already complete, and a
     * restart does not run a complete step again, so that step's later points are not reached in the same chain.
     */
    private static final List<String> SIDE_BY_SIDE = List.of("computeAttendance", "computeParticipation",
            "computeGpa", "computeEffects");

    /** PostgreSQL: start-up, one point inside each stage, and the steps whose restart once failed. */
    static final List<String> SOME_POINTS = List.of("job@start", "registerInbox@committed", "loadSource@committed",
            "completeSources@end", "computeAttendance@committed", "computeEffects@end",
            "renderDistrictReports@committed", "deliverReports@committed", "writeManifest@end");

    /**
     * When the timed chain kills each run, as shares of the clean run's wall time from its start: each run starts
     * again where the last stopped, so these fall while starting, loading, computing and rendering.
     */
    private static final List<Double> KILL_AFTER = List.of(0.1, 0.3, 0.3, 0.3);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @TempDir
    static Path dir;

    @BeforeAll
    static void generateADistrict() throws IOException {
        new DistrictGenerator(new GeneratorArguments(150, 3, 1, 11, MONTH)).writeTo(dir.resolve("inbox"), "inbox");
    }

    @Test
    void onH2EveryHaltAndKillEndsAsACleanRunDoes() throws Exception {
        Database clean = new H2("clean");
        Outcome reference = runToTheEnd(clean, List.of());
        assertThat(reference.content().mail()).as("the district's e-mails").isNotEmpty();
        assertThat(reference.content().pdfText()).isNotEmpty();
        assertThat(reference.content().workbooks()).isNotEmpty();

        Outcome halted = runToTheEnd(new H2("halted"), EVERY_POINT);
        assertReachedEachPointOnce(halted, EVERY_POINT);
        assertEqual(halted, reference);

        Outcome killed = killedAtTimes(new H2("killed"), reference.seconds());
        assertThat(killed.halts()).as("runs killed before they finished").isPositive();
        assertEqual(killed, reference);
    }

    @Test
    void onPostgresSomeHaltsEndAsACleanRunDoes() throws Exception {
        String url = System.getenv("VILLAGE_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "set VILLAGE_TEST_PG_URL to run the crash chain on PostgreSQL");
        Postgres clean = new Postgres(url, "pg-clean");
        Postgres halted = new Postgres(url, "pg-halted");
        try {
            Outcome reference = runToTheEnd(clean, List.of());
            Outcome outcome = runToTheEnd(halted, SOME_POINTS);
            assertReachedEachPointOnce(outcome, SOME_POINTS);
            assertEqual(outcome, reference);
        }
        finally {
            clean.drop();
            halted.drop();
        }
    }

    private static void assertReachedEachPointOnce(Outcome outcome, List<String> points) {
        List<String> notReached = new ArrayList<>(points);
        notReached.removeAll(outcome.points());
        assertThat(outcome.points()).as("halted once at each point").doesNotHaveDuplicates()
                .hasSize(outcome.halts());
        assertThat(notReached).as("points passed only by a step that finished beside the one halted")
                .allMatch(point -> SIDE_BY_SIDE.contains(point.substring(0, point.indexOf('@'))));
    }

    private static void assertEqual(Outcome actual, Outcome expected) {
        assertThat(actual.exitCode()).as(actual.lastOutput()).isEqualTo(expected.exitCode());
        RunContent a = actual.content();
        RunContent e = expected.content();
        assertThat(a.tables().keySet()).isEqualTo(e.tables().keySet());
        e.tables().forEach((table, rows) -> assertThat(a.tables().get(table)).as("table " + table).isEqualTo(rows));
        assertThat(a.files()).isEqualTo(e.files());
        assertThat(a.pdfText()).isEqualTo(e.pdfText());
        assertThat(a.workbooks()).isEqualTo(e.workbooks());
        assertThat(a.mail()).as("each e-mail once").doesNotHaveDuplicates().isEqualTo(e.mail());
    }

    /**
     * How the last run ended, how many runs before it were stopped and at which points, its wall time and what the
     * month holds.
     */
    private record Outcome(int exitCode, int halts, List<String> points, String lastOutput, double seconds,
            RunContent content) {
    }

    /** Runs the month again and again, each run halting at the next point not yet passed, until one finishes. */
    private Outcome runToTheEnd(Database database, List<String> points) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Path haltLog = dir.resolve(database.name() + "-halts.log");
        int halts = 0;
        for (int attempt = 0; attempt <= points.size() + 1; attempt++) {
            long started = System.nanoTime();
            Child child = start(database, points, haltLog);
            child.waitForExit(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            String output = child.output();
            if (child.exitCode() == 137 && output.contains("Halting at")) {
                halts++;
                continue;
            }
            assertThat(child.exitCode()).as(output).isIn(0, 4);
            List<String> passed = Files.exists(haltLog) ? Files.readAllLines(haltLog) : List.of();
            return new Outcome(child.exitCode(), halts, passed, output, seconds, database.content());
        }
        throw new AssertionError("the month never finished after " + halts + " halts");
    }

    /** Kills runs with SIGKILL at times after they start, then lets one finish. */
    private Outcome killedAtTimes(Database database, double cleanSeconds) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        int kills = 0;
        for (double share : KILL_AFTER) {
            Child child = start(database, List.of(), dir.resolve("unused.log"));
            if (!child.process().waitFor(Math.round(share * cleanSeconds * 1000), TimeUnit.MILLISECONDS)) {
                child.process().destroyForcibly();
                child.waitForExit(1, TimeUnit.MINUTES);
                kills++;
            }
        }
        Child last = start(database, List.of(), dir.resolve("unused.log"));
        last.waitForExit(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        assertThat(last.exitCode()).as(last.output()).isIn(0, 4);
        return new Outcome(last.exitCode(), kills, List.of(), last.output(), 0, database.content());
    }

    private record Child(Process process, Path log) {

        void waitForExit(long timeout, TimeUnit unit) throws InterruptedException {
            if (!process.waitFor(timeout, unit)) {
                process.destroyForcibly();
                throw new AssertionError("the run did not end in " + timeout + " " + unit + ": " + output());
            }
        }

        int exitCode() {
            return process.exitValue();
        }

        String output() {
            try {
                return Files.readString(log);
            }
            catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }

    private Child start(Database database, List<String> points, Path haltLog) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + SMTP_PORT,
                "-Dvillage.delivery.backoff=10ms", "-Dvillage.ingest.chunk-size=100"));
        command.addAll(database.properties());
        if (!points.isEmpty()) {
            command.add("-Dvillage.halt-at=" + String.join(",", points));
            command.add("-Dvillage.halt-log=" + haltLog);
        }
        command.addAll(List.of(VillageApplication.class.getName(), "run", "--month", MONTH.toString(),
                "--inbox", dir.resolve("inbox").toString(), "--out", database.out().toString(),
                "--workdir", dir.resolve(database.name() + "-work").toString()));
        Path log = Files.createTempFile(dir, database.name() + "-run-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Child(process, log);
    }

    private interface Database {

        String name();

        List<String> properties();

        Connection connect() throws Exception;

        String schema();

        default Path out() {
            return dir.resolve(name() + "-out");
        }

        default RunContent content() throws Exception {
            try (Connection db = connect()) {
                return RunContent.of(db, schema(), out(), out().resolve(MONTH.toString()),
                        smtp.getReceivedMessages());
            }
        }
    }

    private record H2(String name) implements Database {

        @Override
        public List<String> properties() {
            return List.of();
        }

        @Override
        public Connection connect() throws Exception {
            return WorkDatabase.open(dir.resolve(name + "-work"));
        }

        @Override
        public String schema() {
            return "PUBLIC";
        }
    }

    private record Postgres(String url, String name, String schema) implements Database {

        Postgres(String url, String name) throws Exception {
            this(url, name, ("crash_" + name.replace('-', '_') + "_" + UUID.randomUUID().toString().substring(0, 8))
                    .toLowerCase(Locale.ROOT));
            try (Connection db = server(); Statement statement = db.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
        }

        private Connection server() throws Exception {
            return DriverManager.getConnection(url, user(), password());
        }

        private static String user() {
            return System.getenv().getOrDefault("VILLAGE_TEST_PG_USER", "postgres");
        }

        private static String password() {
            return System.getenv().getOrDefault("VILLAGE_TEST_PG_PASSWORD", "");
        }

        private String schemaUrl() {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        public List<String> properties() {
            return List.of("-Dspring.datasource.url=" + schemaUrl(), "-Dspring.datasource.username=" + user(),
                    "-Dspring.datasource.password=" + password(), "-Dspring.flyway.default-schema=" + schema);
        }

        @Override
        public Connection connect() throws Exception {
            return DriverManager.getConnection(schemaUrl(), user(), password());
        }

        void drop() throws Exception {
            try (Connection db = server(); Statement statement = db.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
