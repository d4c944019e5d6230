package org.village.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.village.generate.GenerationSummary;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.ingest.DataGuide;
import org.village.ingest.FileSummary;
import org.village.ingest.InboxMonths;
import org.village.monthly.InboxValidation;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;

/**
 * Village's command line. Exit codes: 0 done, 1 a run failed (the reason is printed on one line), 2 the command
 * line was wrong.
 */
public final class VillageCommandLine {

    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_PROBLEMS = 3;

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "run", Set.of("month", "inbox", "out", "workdir"),
            "demo", Set.of("workdir"),
            "validate", Set.of("inbox", "workdir"),
            "guide", Set.of(),
            "generate", Set.of("students", "schools", "daily-schools", "seed", "through", "out"),
            "help", Set.of());

    static final String USAGE_TEXT = """
            Usage: java -jar village.jar <command> [options]

              run --month YYYY-MM --inbox DIR --out DIR [--workdir DIR]
                  Load the spreadsheets in DIR, compute the month's figures and write its reports
                  to OUT/YYYY-MM/. The database and logs live in the work folder (default ./.village).
              demo [--workdir DIR]
                  Run every month of the sample district in sample-data/, writing reports under out/.
              validate --inbox DIR [--workdir DIR]
                  Check the files in DIR as a run would, against what the work folder already holds,
                  and print what would load and what would not. Changes nothing.
              guide
                  Print the data managers' guide: every dataset, its columns and the header names accepted.
              generate --seed N --through YYYY-MM --out DIR [--students N] [--schools N] [--daily-schools N]
                  Write a fictional district's spreadsheets, with planted effects and bad rows listed in
                  DIR/truth.json: the baseline school year whole and the current one up to YYYY-MM. Defaults:
                  3000 students, 8 schools; two schools send daily attendance in districts of up to 20
                  schools, every school in larger ones. sample-data/README.md describes the files.
              help
                  Show this text.

            Any Spring setting can be added as --name=value, e.g. --village.report.district-name="Springfield USD".
            Exit codes: 0 done, 1 a run failed (reason printed), 2 the command line was wrong,
            3 (validate) some file or row would not be used.
            """;

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;

    public VillageCommandLine(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    public int execute(String[] args) {
        CommandLineArguments arguments;
        try {
            arguments = CommandLineArguments.parse(args, OPTIONS);
            if (arguments.wantsHelp()) {
                out.print(USAGE_TEXT);
                return OK;
            }
            return switch (arguments.command()) {
                case "run" -> run(arguments);
                case "demo" -> demo(arguments);
                case "generate" -> generate(arguments);
                case "validate" -> validate(arguments);
                case "guide" -> guide();
                default -> throw new CommandLineArguments.UsageException("Unknown command.");
            };
        }
        catch (CommandLineArguments.UsageException e) {
            err.println("village: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private int run(CommandLineArguments arguments) {
        YearMonth month = month(arguments.required("month"), "--month");
        Path inbox = Path.of(arguments.required("inbox"));
        Path outDir = Path.of(arguments.required("out"));
        try (ConfigurableApplicationContext context = start(arguments)) {
            return report(context.getBean(MonthlyRun.class).run(month, inbox, outDir));
        }
    }

    /**
     * Runs the ingest steps against a throw-away copy of the work folder's database (or an empty one), so the answer
     * is what a real run would do, and nothing the district has loaded changes.
     */
    private int validate(CommandLineArguments arguments) {
        Path inbox = Path.of(arguments.required("inbox"));
        Path workdir = Path.of(arguments.optional("workdir", ".village")).toAbsolutePath().normalize();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("village-validate");
            Path database = workdir.resolve("db/village.mv.db");
            if (Files.exists(database)) {
                Files.createDirectories(scratch.resolve("db"));
                Files.copy(database, scratch.resolve("db/village.mv.db"));
            }
            List<String> springArgs = arguments.springArguments().stream()
                    .filter(arg -> !arg.startsWith("--spring.datasource.")).toList();
            try (ConfigurableApplicationContext context = start(springArgs, scratch)) {
                InboxValidation.Outcome outcome = context.getBean(InboxValidation.class).validate(inbox);
                FileSummaryTable.print(outcome.files(), out);
                if (outcome.failure() != null) {
                    err.println("village: the check failed: " + outcome.failure());
                    return RUN_FAILED;
                }
                if (outcome.files().isEmpty()) {
                    out.println("Nothing new in " + inbox + ": every file there has been loaded before.");
                }
                return outcome.files().stream().anyMatch(FileSummary::hasProblems) ? INPUT_PROBLEMS : OK;
            }
        }
        catch (IOException e) {
            err.println("village: could not prepare the check: " + e.getMessage());
            return RUN_FAILED;
        }
        finally {
            deleteQuietly(scratch);
        }
    }

    private int guide() {
        out.print(DataGuide.markdown());
        return OK;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            // A temporary folder left behind is harmless; the system cleans its temp folder.
        }
    }

    private int demo(CommandLineArguments arguments) {
        Path inbox = Path.of("sample-data");
        if (!inbox.toFile().isDirectory()) {
            err.println("village: the demo reads sample-data/; run it from the repository root.");
            return RUN_FAILED;
        }
        try (ConfigurableApplicationContext context = start(arguments)) {
            List<YearMonth> months = context.getBean(InboxMonths.class).completeMonths(inbox);
            if (months.isEmpty()) {
                err.println("village: sample-data/ holds no complete month of attendance.");
                return RUN_FAILED;
            }
            out.println("Demo: " + months.size() + " months of the sample district, " + months.get(0) + " to "
                    + months.get(months.size() - 1) + ".");
            MonthlyRun monthlyRun = context.getBean(MonthlyRun.class);
            for (YearMonth month : months) {
                int code = report(monthlyRun.run(month, inbox, Path.of("out")));
                if (code != OK) {
                    return code;
                }
            }
            return OK;
        }
    }

    private int generate(CommandLineArguments arguments) {
        long seed = number(arguments.required("seed"), "--seed");
        YearMonth through = month(arguments.required("through"), "--through");
        String outDir = arguments.required("out");
        int students = (int) number(arguments.optional("students",
                Integer.toString(GeneratorArguments.DEFAULT_STUDENTS)), "--students");
        int schools = (int) number(arguments.optional("schools", Integer.toString(GeneratorArguments.DEFAULT_SCHOOLS)),
                "--schools");
        int daily = (int) number(arguments.optional("daily-schools",
                Integer.toString(GeneratorArguments.defaultDailySchools(schools))), "--daily-schools");
        GeneratorArguments district;
        try {
            district = new GeneratorArguments(students, schools, daily, seed, through);
        }
        catch (IllegalArgumentException e) {
            throw new CommandLineArguments.UsageException(e.getMessage() + ".");
        }
        Path dir = Path.of(outDir);
        try {
            GenerationSummary summary = new DistrictGenerator(district).writeTo(dir, outDir);
            out.printf("Wrote %,d files to %s: %d schools, %,d students, %,d rows (%,d of attendance).%n",
                    summary.files(), dir, summary.schools(), summary.students(), summary.rows(),
                    summary.attendanceRows());
            return OK;
        }
        catch (IOException e) {
            err.println("village: could not write to " + dir + ": " + e.getMessage());
            return RUN_FAILED;
        }
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException e) {
            throw new CommandLineArguments.UsageException(option + " must be a whole number.");
        }
    }

    private int report(RunOutcome outcome) {
        FileSummaryTable.print(outcome.files(), out);
        if (!outcome.missingSubmissions().isEmpty()) {
            out.println("Nothing received for " + outcome.month() + " from:");
            outcome.missingSubmissions().forEach(missing -> out.println("  " + missing));
        }
        switch (outcome.status()) {
            case COMPLETED -> out.printf("%s: done. %,d rows loaded, %,d rejected. %s%n", outcome.month(),
                    outcome.rowsLoaded(), outcome.rowsRejected(), reports(outcome));
            case ALREADY_COMPLETE -> out.printf("%s: already done for these files; nothing to do. %s%n",
                    outcome.month(), reports(outcome));
            case FAILED -> err.printf("village: %s failed: %s%n", outcome.month(), outcome.failure());
        }
        return outcome.succeeded() ? OK : RUN_FAILED;
    }

    private static String reports(RunOutcome outcome) {
        return outcome.reports().isEmpty() ? "" : "Report: " + outcome.reports().get(0);
    }

    private ConfigurableApplicationContext start(CommandLineArguments arguments) {
        return start(arguments.springArguments(),
                Path.of(arguments.optional("workdir", ".village")).toAbsolutePath().normalize());
    }

    private ConfigurableApplicationContext start(List<String> springArguments, Path workdir) {
        List<String> springArgs = new ArrayList<>(springArguments);
        springArgs.add("--village.workdir=" + workdir);
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
    }

    private static YearMonth month(String text, String option) {
        try {
            return YearMonth.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new CommandLineArguments.UsageException(option + " must be a month written YYYY-MM, e.g. 2026-10.");
        }
    }
}
