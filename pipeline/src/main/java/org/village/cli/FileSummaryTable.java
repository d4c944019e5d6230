package org.village.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.village.ingest.FileSummary;

/** The per-file data-quality summary, as plain text a data manager can read in a terminal or a log. */
final class FileSummaryTable {

    private FileSummaryTable() {
    }

    static void print(List<FileSummary> files, PrintStream out) {
        if (files.isEmpty()) {
            return;
        }
        int nameWidth = Math.min(60, files.stream().mapToInt(f -> label(f).length()).max().orElse(10));
        out.printf(Locale.US, "%-" + nameWidth + "s  %-20s  %-12s %8s %8s %8s%n", "File (sheet)", "Taken as",
                "Result", "Read", "Loaded", "Rejected");
        for (FileSummary file : files) {
            out.printf(Locale.US, "%-" + nameWidth + "s  %-20s  %-12s %,8d %,8d %,8d%n", shorten(label(file), nameWidth),
                    file.dataset() == null ? "-" : file.dataset(), file.status().toLowerCase(Locale.ROOT),
                    file.rowsRead(), file.rowsLoaded(), file.rowsRejected());
            for (Map.Entry<String, Integer> reason : file.rejectsByReason().entrySet()) {
                out.printf(Locale.US, "    %,d rejected: %s%n", reason.getValue(), reason.getKey());
            }
            if (file.problem() != null) {
                out.println("    " + file.problem());
            }
        }
        long unused = files.stream().filter(f -> !"LOADED".equals(f.status())).count();
        long rejected = files.stream().mapToLong(FileSummary::rowsRejected).sum();
        out.printf(Locale.US, "%d sheet(s) checked: %d not used, %,d row(s) rejected.%n", files.size(), unused,
                rejected);
    }

    private static String label(FileSummary file) {
        return file.sheetName().isEmpty() ? file.fileName() : file.fileName() + " (" + file.sheetName() + ")";
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
    }
}
