package org.village.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.village.schedule.RunHistory;

/** {@code status}: one line per run of a month, newest first. */
final class RunStatusTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String FORMAT = "%-8s %-16s %-16s %-10s %5s %6s %9s %8s %8s %7s%n";

    private RunStatusTable() {
    }

    static void print(List<RunHistory.Run> runs, PrintStream out) {
        out.printf(Locale.US, FORMAT, "Month", "Started", "Ended", "Status", "Tries", "Files", "Rejected",
                "Warnings", "Reports", "E-mails");
        for (RunHistory.Run run : runs) {
            out.printf(Locale.US, FORMAT, run.month() + (run.dryRun() ? "*" : ""), time(run.started()),
                    time(run.ended()), run.status(), run.attempts(), run.filesLoaded(),
                    String.format(Locale.US, "%,d", run.rowsRejected()), run.warnings(), run.reportsWritten(),
                    run.emailsSent());
        }
        if (runs.stream().anyMatch(RunHistory.Run::dryRun)) {
            out.println("* a dry run: its e-mails were written to the outbox, not sent.");
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
