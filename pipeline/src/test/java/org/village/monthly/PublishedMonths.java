package org.village.monthly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.village.VillageApplication;
import org.village.cli.VillageCommandLine;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.infrastructure.WorkDatabase;
import org.village.output.MonthFolder;

/**
 * Two consecutive months as Village publishes them, every report and the figures workbook, for the tests that read
 * all of a month's output as its readers do (the figure ledger, the disclosure attack). Each district is run once
 * per test JVM and kept until it exits: a run takes a minute or more on the CI machine, surefire runs every test
 * class in one reused fork, and these tests only read what the runs wrote. The runs are dry runs, so everything
 * goes to each month's dry-run folder and the e-mails to its outbox.
 */
public final class PublishedMonths {

    /** The last two months of the sample district: September loads every file, October adds none. */
    public static final List<YearMonth> SAMPLE_MONTHS = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10));

    /** A generated district of 30 schools of about 80 students, so that many groups are small. */
    public static final GeneratorArguments THIRTY_SCHOOLS = new GeneratorArguments(2400, 30, 2, 30, YearMonth.of(2026,
            10));

    private static Published sample;
    private static Published thirtySchools;

    private PublishedMonths() {
    }

    /** What one district's runs wrote: {@code out/<YYYY-MM>/dry-run/} per month and the work folder's database. */
    public record Published(String name, Path out, Path workdir, List<YearMonth> months) {

        public Path folder(YearMonth month) {
            return new MonthFolder(out, month, true).directory();
        }

        /** Every PDF of the month: the district's reports, the schools' and the stories. */
        public List<Path> pdfs(YearMonth month) {
            try (Stream<Path> files = Files.walk(folder(month))) {
                return files.filter(path -> path.toString().endsWith(".pdf")).sorted().toList();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Path workbook(YearMonth month) {
            return folder(month).resolve("figures-" + month + ".xlsx");
        }

        public Connection database() throws SQLException {
            return WorkDatabase.open(workdir);
        }
    }

    public static synchronized Published sample() {
        if (sample == null) {
            Path dir = temporaryFolder("village-published-sample");
            sample = backfill("the sample district", Path.of("../sample-data"), dir, SAMPLE_MONTHS);
        }
        return sample;
    }

    public static synchronized Published thirtySchools() {
        if (thirtySchools == null) {
            Path dir = temporaryFolder("village-published-30-schools");
            Path inbox = dir.resolve("inbox");
            try {
                new DistrictGenerator(THIRTY_SCHOOLS).writeTo(inbox, inbox.toString());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            YearMonth through = THIRTY_SCHOOLS.through();
            thirtySchools = backfill("a generated district of 30 schools", inbox, dir,
                    List.of(through.minusMonths(1), through));
        }
        return thirtySchools;
    }

    private static Published backfill(String name, Path inbox, Path dir, List<YearMonth> months) {
        Path out = dir.resolve("out");
        Path workdir = dir.resolve("work");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        int code = new VillageCommandLine(VillageApplication.class, print, print).execute(new String[] { "backfill",
                "--from", months.get(0).toString(), "--to", months.get(months.size() - 1).toString(), "--inbox",
                inbox.toString(), "--out", out.toString(), "--workdir", workdir.toString(), "--dry-run" });
        // 4: the months ran and some recipients had no report, which a dry run of these districts always has.
        if (code != 0 && code != 4) {
            throw new IllegalStateException("The runs of " + name + " failed (exit " + code + "):\n"
                    + console.toString(StandardCharsets.UTF_8));
        }
        return new Published(name, out, workdir, months);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            // The system empties its temporary folder; a folder left behind by a test run is harmless.
        }
    }
}
