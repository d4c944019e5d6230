package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.infrastructure.H2Storage;
import org.village.monthly.DistrictFixture;

/**
 * Every failure a person meets before or outside a run says why on one console line: the reason used to be only in
 * village.log, with an empty console and exit code 1.
 */
class FailureLinesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void aSecondRunAndAStatusOnAWorkFolderInUseSayAnotherProcessHasIt() throws Exception {
        Path work = dir.resolve("work");
        assertThat(commandLine.execute(new String[] { "status", "--workdir", work.toString() })).isZero();
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        String url = "jdbc:h2:file:" + work.resolve("db/village") + ";TRACE_LEVEL_FILE=0";
        String password = Files.readString(H2Storage.passwordFile(work.resolve("db/village"))).strip();
        Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), url, "sa", password).redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).as("the other process holds the database").isEqualTo("held");

            int run = commandLine.execute(new String[] { "run", "--month", "2026-10", "--inbox", inbox.toString(),
                    "--out", dir.resolve("out").toString(), "--workdir", work.toString() });
            int status = commandLine.execute(new String[] { "status", "--workdir", work.toString() });

            assertThat(run).isEqualTo(VillageCommandLine.RUN_FAILED);
            assertThat(status).isEqualTo(VillageCommandLine.RUN_FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8).lines())
                    .containsExactly("village: another Village process is using " + work.toAbsolutePath()
                            + " (a run, serve or status); only one at a time can use a work "
                            + "folder's database: try again when it has finished",
                            "village: another Village process is using " + work.toAbsolutePath()
                            + " (a run, serve or status); only one at a time can use a work "
                            + "folder's database: try again when it has finished");
        }
        finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }

    /**
     * The same with a real run in a JVM of its own: {@code status} asked while it loads. A generated district's run
     * takes about half a minute in a fresh JVM, so this runs where {@code CI} is set, like {@code KilledRunTest}.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "CI", matches = "true|1",
            disabledReason = "a run in a child JVM (about 40 s): CI only; set CI=true to run it here")
    void statusDuringARunSaysTheRunHasTheWorkFolder() throws Exception {
        Path inbox = dir.resolve("inbox");
        new DistrictGenerator(new GeneratorArguments(300, 3, 3, 11, YearMonth.of(2026, 9))).writeTo(inbox, "inbox");
        Path work = dir.resolve("work");
        Process run = new ProcessBuilder(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                VillageApplication.class.getName(), "run", "--month", "2026-09", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--workdir", work.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(
                new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line = said.readLine();
            while (line != null && !line.matches(".*load(Rosters|Activity): loading.*")) {
                line = said.readLine();
            }
            assertThat(line).as("the run reached its loading steps").isNotNull();

            int status = commandLine.execute(new String[] { "status", "--workdir", work.toString() });

            assertThat(status).isEqualTo(VillageCommandLine.RUN_FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                    .startsWith("village: another Village process is using " + work.toAbsolutePath());
            while (said.readLine() != null) {
                // Let the run finish.
            }
        }
        finally {
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(run.exitValue()).as("the run itself was not disturbed").isIn(0, 4);
    }

    /** Nothing listens on port 1; the password given in the URL is not repeated. */
    @Test
    void anUnreachablePostgresqlIsNamedWithoutItsPassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/test?password=hunter2&ssl=false";

        int code = commandLine.execute(new String[] { "status", "--workdir", dir.resolve("work").toString(),
                "--spring.datasource.url=" + url, "--spring.datasource.username=village",
                "--spring.datasource.password=hunter3" });

        assertThat(code).isEqualTo(VillageCommandLine.RUN_FAILED);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).singleElement().asString()
                .startsWith("village: could not connect to the database "
                        + "jdbc:postgresql://127.0.0.1:1/test?password=***&ssl=false as village: ")
                .contains("127.0.0.1:1 refused");
        assertThat(said).doesNotContain("hunter2", "hunter3", "\tat ", "Exception", "SELECT");
    }

    /**
     * A JVM given far too little memory for Village: a real OutOfMemoryError, which used to end with an empty console
     * (or, mid-run, "The database has been closed").
     */
    @Test
    void runningOutOfMemorySaysToRaiseXmxAndWhatItIsNow() throws Exception {
        Path inbox = dir.resolve("inbox");
        DistrictFixture.writeTo(inbox);
        Process process = new ProcessBuilder(java(), "-Xmx12m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), VillageApplication.class.getName(), "run", "--month",
                "2026-10", "--inbox", inbox.toString(), "--out", dir.resolve("out").toString(), "--workdir",
                dir.resolve("work").toString()).start();
        process.getOutputStream().close();
        byte[] console = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(errors).isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(errors.lines()).as(new String(console, StandardCharsets.UTF_8)).singleElement().asString()
                .matches("village: Village ran out of memory: Java may use at most 1[0-2] MB here; raise -Xmx .*");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
