package org.village.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.village.delivery.DeliveryLog;
import org.village.generate.GenerationSummary;
import org.village.generate.DistrictGenerator;
import org.village.generate.GeneratorArguments;
import org.village.generate.ExportFormat;
import org.village.infrastructure.H2Storage;
import org.village.infrastructure.OwnerOnly;
import org.village.ingest.DataGuide;
import org.village.ingest.FileSummary;
import org.village.ingest.InboxMonths;
import org.village.monthly.InboxValidation;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;
import org.village.schedule.MonthlySchedule;
import org.village.schedule.RunHistory;

/**
 * Village's command line. Exit codes a scheduler can act on: 0 done, 4 done but something needs a person (a row or
 * sheet was not used, a plausibility warning, or an e-mail may have been sent twice), 1 a run failed or left e-mails
 * unsent (the reason is printed on one line; the same command continues where it stopped), 2 the command line was
 * wrong, 3 {@code validate} found problems.
 */
public final class VillageCommandLine {

    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_PROBLEMS = 3;
    public static final int DONE_WITH_PROBLEMS = 4;

    private static final Set<String> FLAGS = Set.of("dry-run", "force");

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "run", Set.of("month", "inbox", "out", "workdir", "dry-run"),
            "backfill", Set.of("from", "to", "inbox", "out", "workdir", "force", "dry-run"),
            "serve", Set.of("inbox", "out", "workdir", "dry-run"),
            "status", Set.of("workdir", "last"),
            "demo", Set.of("workdir"),
            "validate", Set.of("inbox", "workdir"),
            "guide", Set.of(),
            "generate", Set.of("students", "schools", "daily-schools", "seed", "through", "out", "format"),
            "help", Set.of());

    /** Each command's own help, in the order {@code help} lists them. */
    private static final Map<String, String> COMMAND_HELP = new LinkedHashMap<>();

    static {
        COMMAND_HELP.put("run", """
                  run --month YYYY-MM --inbox DIR --out DIR [--workdir DIR] [--dry-run]
                      Load the spreadsheets in DIR, compute the month's figures, write its reports to OUT/YYYY-MM/,
                      e-mail each person on the distribution list their reports and write the month's manifest.
                      The database and logs live in the work folder (default ./.village). A run that failed or was
                      killed continues where it stopped when the same command is given again, and sends the
                      e-mails still unsent, not those sent (one a kill caught in flight goes again with the same
                      Message-ID, and the summary says so). --dry-run writes the reports, the manifest and the
                      e-mails to OUT/YYYY-MM/dry-run/ instead of sending anything.
                """);
        COMMAND_HELP.put("backfill", """
                  backfill --from YYYY-MM --to YYYY-MM --inbox DIR --out DIR [--workdir DIR] [--force] [--dry-run]
                      Run each month from FROM to TO in order, skipping months that already have a finished run;
                      --force runs them again (and sends their e-mails again). Stops at the first month that
                      fails; the same command then continues from there.
                """);
        COMMAND_HELP.put("serve", """
                  serve --inbox DIR --out DIR [--workdir DIR] [--dry-run]
                      Stay up and run the month just ended on a schedule (village.schedule.cron, default
                      06:00 on the 2nd of each month). On start, a scheduled month missed while Village was down
                      is run once. Stop it with Ctrl-C or a TERM signal; a run in progress finishes first.
                """);
        COMMAND_HELP.put("status", """
                  status [--workdir DIR] [--last N]
                      List the last N runs (default 12): month, start, end, status, tries, files loaded, rows
                      rejected, plausibility warnings, reports written and e-mails sent.
                """);
        COMMAND_HELP.put("demo", """
                  demo [--workdir DIR]
                      Run every month of the sample district in sample-data/, writing reports under out/.
                """);
        COMMAND_HELP.put("validate", """
                  validate --inbox DIR [--workdir DIR]
                      Check the files in DIR as a run would, against what the work folder already holds,
                      and print what would load and what would not. Changes nothing.
                """);
        COMMAND_HELP.put("guide", """
                  guide
                      Print the data managers' guide: every dataset, its columns and the header names accepted.
                """);
        COMMAND_HELP.put("generate", """
                  generate --seed N --through YYYY-MM --out DIR [--students N] [--schools N] [--daily-schools N]
                           [--format spreadsheets|oneroster|edfi-jsonl]
                      Write a fictional district's spreadsheets, with planted effects and bad rows listed in
                      DIR/truth.json: the baseline school year whole and the current one up to YYYY-MM. Defaults:
                      3000 students, 8 schools; two schools send daily attendance in districts of up to 20
                      schools, every school in larger ones. sample-data/README.md describes the files.
                      --format oneroster sends the schools and rosters as a OneRoster 1.1 CSV bundle per
                      school year (DIR/oneroster-2026-27/ …) instead of workbooks; --format edfi-jsonl sends
                      the schools, rosters, daily attendance and course marks as Ed-Fi API JSON Lines, one
                      file per resource per school year (DIR/edfi-2026-27/grades.jsonl …).
                """);
        COMMAND_HELP.put("help", """
                  help
                      Show this text; <command> --help shows one command's.
                """);
    }

    private static final String EXIT_CODES = """

            Any Spring setting can be added as --name=value, e.g. --village.report.district-name="Springfield USD".
            Exit codes: 0 done; 4 done, but a file or row was not used, something loaded looks wrong or counts
            for nothing, or an e-mail may have been sent twice (see the summary); 1 a run failed, or some
            e-mails are not sent (reason printed; the same command continues where it stopped); 2 the command
            line was wrong; 3 (validate) some file or row would not be used.
            """;

    static final String USAGE_TEXT = "Usage: java -jar village.jar <command> [options]\n\n"
            + String.join("", COMMAND_HELP.values()) + EXIT_CODES;

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;
    /** What the last command started, so a failure can name the work folder and the database. */
    private Started started = Started.NOTHING;

    private record Started(Path workdir, String databaseUrl, String databaseUser) {
        static final Started NOTHING = new Started(null, null, null);
    }

    public VillageCommandLine(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    public int execute(String[] args) {
        started = Started.NOTHING;
        CommandLineArguments arguments;
        try {
            arguments = CommandLineArguments.parse(args, OPTIONS, FLAGS);
            if (arguments.wantsHelp()) {
                out.print(arguments.command().equals("help") ? USAGE_TEXT
                        : "Usage: java -jar village.jar " + COMMAND_HELP.get(arguments.command()).strip() + "\n"
                                + EXIT_CODES);
                return OK;
            }
            return switch (arguments.command()) {
                case "run" -> run(arguments);
                case "backfill" -> backfill(arguments);
                case "serve" -> serve(arguments);
                case "status" -> status(arguments);
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
        catch (RuntimeException | Error e) {
            // Spring logged a start-up failure in full to village.log; the console gets one line. Out of memory may
            // strike anywhere, Spring or not.
            err.println("village: " + StartFailure.describe(e, started.workdir(), started.databaseUrl(),
                    started.databaseUser()));
            return RUN_FAILED;
        }
        finally {
            if (started.workdir() != null) {
                OwnerOnly.tightenWorkFolder(started.workdir());
            }
        }
    }

    private int run(CommandLineArguments arguments) {
        YearMonth month = month(arguments.required("month"), "--month");
        Path inbox = Path.of(arguments.required("inbox"));
        Path outDir = Path.of(arguments.required("out"));
        try (ConfigurableApplicationContext context = start(arguments)) {
            return report(context.getBean(MonthlyRun.class).run(month, inbox, outDir, runOptions(arguments)));
        }
    }

    private static MonthlyRun.Options runOptions(CommandLineArguments arguments) {
        return new MonthlyRun.Options(arguments.flag("dry-run"), arguments.flag("force"));
    }

    private int backfill(CommandLineArguments arguments) {
        YearMonth from = month(arguments.required("from"), "--from");
        YearMonth to = month(arguments.required("to"), "--to");
        if (to.isBefore(from)) {
            throw new CommandLineArguments.UsageException("--to must not be before --from.");
        }
        Path inbox = Path.of(arguments.required("inbox"));
        Path outDir = Path.of(arguments.required("out"));
        try (ConfigurableApplicationContext context = start(arguments)) {
            MonthlyRun monthlyRun = context.getBean(MonthlyRun.class);
            Set<YearMonth> done = context.getBean(RunHistory.class).completedMonths();
            int result = OK;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (done.contains(month) && !arguments.flag("force")) {
                    out.println(month + ": already done; skipped (--force runs it again).");
                    continue;
                }
                int code = report(monthlyRun.run(month, inbox, outDir, runOptions(arguments)));
                if (code == RUN_FAILED) {
                    err.println("village: the backfill stopped at " + month
                            + "; give the same command again to continue from there.");
                    return RUN_FAILED;
                }
                result = Math.max(result, code);
            }
            return result;
        }
    }

    private int serve(CommandLineArguments arguments) {
        Path inbox = Path.of(arguments.required("inbox"));
        Path outDir = Path.of(arguments.required("out"));
        try (ConfigurableApplicationContext context = start(arguments)) {
            MonthlySchedule.Serving serving = context.getBean(MonthlySchedule.class).start(inbox, outDir,
                    runOptions(arguments), this::report);
            context.addApplicationListener((ContextClosedEvent closed) -> serving.stop());
            serving.awaitStop();
            return OK;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    private int status(CommandLineArguments arguments) {
        int last = (int) number(arguments.optional("last", "12"), "--last");
        try (ConfigurableApplicationContext context = start(arguments)) {
            List<RunHistory.Run> runs = context.getBean(RunHistory.class).recent(last);
            if (runs.isEmpty()) {
                out.println("No runs yet.");
                return OK;
            }
            RunStatusTable.print(runs, out);
            return OK;
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
                Path password = H2Storage.passwordFile(workdir.resolve("db/village"));
                if (Files.exists(password)) {
                    Files.copy(password, H2Storage.passwordFile(scratch.resolve("db/village")));
                }
            }
            // Arguments outrank the environment, files and every other source of settings, so these keep the
            // check on its copy even where SPRING_DATASOURCE_URL or a config file names the district's database.
            List<String> springArgs = new ArrayList<>(arguments.springArguments().stream()
                    .filter(arg -> !arg.startsWith("--spring.datasource.") && !arg.startsWith("--spring.flyway."))
                    .toList());
            springArgs.addAll(List.of("--spring.datasource.url=jdbc:h2:file:" + scratch.resolve("db/village")
                    + ";TRACE_LEVEL_FILE=0", "--spring.datasource.driver-class-name=org.h2.Driver",
                    "--spring.datasource.username=sa", "--spring.datasource.password=",
                    "--spring.flyway.default-schema=PUBLIC", "--spring.flyway.schemas=PUBLIC"));
            try (ConfigurableApplicationContext context = start(springArgs, scratch)) {
                InboxValidation.Outcome outcome = context.getBean(InboxValidation.class).validate(inbox);
                FileSummaryTable.printEachSheet(outcome.files(), out);
                if (!outcome.firstRejects().isEmpty()) {
                    out.println();
                    out.println("First rejected rows:");
                    outcome.firstRejects().forEach(reject -> out.println("  " + reject));
                }
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
                // The sample district's bad rows are planted on purpose: only a failed month fails the demo.
                if (report(monthlyRun.run(month, inbox, Path.of("out"))) == RUN_FAILED) {
                    return RUN_FAILED;
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
        String format = arguments.optional("format", "spreadsheets");
        ExportFormat exportFormat = switch (format) {
            case "spreadsheets" -> ExportFormat.SPREADSHEETS;
            case "oneroster" -> ExportFormat.ONEROSTER;
            case "edfi-jsonl" -> ExportFormat.EDFI_JSONL;
            default -> throw new CommandLineArguments.UsageException("--format must be spreadsheets, oneroster or "
                    + "edfi-jsonl, not " + format + ".");
        };
        GeneratorArguments district;
        try {
            district = new GeneratorArguments(students, schools, daily, seed, through);
        }
        catch (IllegalArgumentException e) {
            throw new CommandLineArguments.UsageException(e.getMessage() + ".");
        }
        Path dir = Path.of(outDir);
        try {
            GenerationSummary summary = new DistrictGenerator(district, exportFormat).writeTo(dir, outDir);
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
        if (!outcome.notWritten().isEmpty()) {
            out.println("Not written for " + outcome.month() + ", with nothing to say:");
            outcome.notWritten().forEach(report -> out.println("  " + report));
        }
        if (!outcome.warnings().isEmpty()) {
            out.println("Check before using these figures (" + outcome.warnings().size() + " warning(s)):");
            outcome.warnings().forEach(warning -> out.println("  " + warning.message()));
        }
        switch (outcome.status()) {
            case COMPLETED -> {
                out.printf("%s: done. %,d rows loaded, %,d rejected. %s%n", outcome.month(),
                        outcome.rowsLoaded(), outcome.rowsRejected(), reports(outcome));
                if (!outcome.deliveries().equals(DeliveryLog.Summary.NONE)) {
                    out.println(deliveries(outcome.deliveries()));
                }
            }
            case ALREADY_COMPLETE -> out.printf("%s: already done for these files; nothing to do. %s%n",
                    outcome.month(), reports(outcome));
            case FAILED -> {
                if (!outcome.deliveries().equals(DeliveryLog.Summary.NONE)) {
                    out.println(deliveries(outcome.deliveries()));
                }
                err.printf("village: %s failed: %s%n", outcome.month(), outcome.failure());
            }
        }
        if (!outcome.succeeded()) {
            return RUN_FAILED;
        }
        return outcome.needsAttention() ? DONE_WITH_PROBLEMS : OK;
    }

    private static String deliveries(DeliveryLog.Summary deliveries) {
        List<String> parts = new ArrayList<>();
        if (deliveries.sent() > 0 || deliveries.written() == 0) {
            parts.add(deliveries.sent() + " sent");
        }
        if (deliveries.written() > 0) {
            parts.add(deliveries.written() + " written to the outbox (dry run)");
        }
        if (deliveries.unsent() > 0) {
            parts.add(deliveries.unsent() + " not sent (the same command sends them; see status and village.log)");
        }
        if (deliveries.withoutReport() > 0) {
            parts.add(deliveries.withoutReport() + " recipient(s) with no report this month");
        }
        String line = "E-mails: " + String.join(", ", parts) + ".";
        if (!deliveries.refused().isEmpty()) {
            line += String.format("%nThe mail server refused %d address(es) for good: %s. Correct them in the "
                    + "distribution list (village.log has the server's answer).", deliveries.refused().size(),
                    String.join(", ", deliveries.refused()));
        }
        List<String> twice = deliveries.maybeSentTwice();
        if (!twice.isEmpty()) {
            line += String.format("%n%d e-mail(s) may have been sent twice (same Message-ID), to %s: a run stopped "
                    + "while the mail server had them, and they were sent again.", twice.size(),
                    String.join(", ", twice));
        }
        return line;
    }

    private static String reports(RunOutcome outcome) {
        return switch (outcome.reports().size()) {
            case 0 -> "";
            case 1 -> "Report: " + outcome.reports().get(0);
            default -> outcome.reports().size() + " reports, the district's: " + outcome.reports().get(0);
        };
    }

    private ConfigurableApplicationContext start(CommandLineArguments arguments) {
        return start(arguments.springArguments(),
                Path.of(arguments.optional("workdir", ".village")).toAbsolutePath().normalize());
    }

    private ConfigurableApplicationContext start(List<String> springArguments, Path workdir) {
        List<String> springArgs = new ArrayList<>(springArguments);
        springArgs.add("--village.workdir=" + workdir);
        started = new Started(workdir, null, null);
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .listeners((ApplicationEnvironmentPreparedEvent prepared) -> started = new Started(workdir,
                        prepared.getEnvironment().getProperty("spring.datasource.url"),
                        prepared.getEnvironment().getProperty("spring.datasource.username")))
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
