package org.village.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.village.ingest.FileSummary;

/**
 * The data-quality summary as plain text for a terminal or a log: one line per kind of file with its counts, then
 * every sheet that was not used whole, with what went wrong. A district of 200 schools gets a page, not thousands
 * of lines.
 */
final class FileSummaryTable {

    private FileSummaryTable() {
    }

    private record Totals(int sheets, long read, long loaded, long rejected) {
        Totals plus(FileSummary file) {
            return new Totals(sheets + 1, read + file.rowsRead(), loaded + file.rowsLoaded(),
                    rejected + file.rowsRejected());
        }
    }

    static void print(List<FileSummary> files, PrintStream out) {
        if (files.isEmpty()) {
            return;
        }
        Map<String, Totals> byDataset = new LinkedHashMap<>();
        for (FileSummary file : files) {
            String kind = file.dataset() == null ? "not recognised" : file.dataset();
            byDataset.merge(kind, new Totals(0, 0, 0, 0).plus(file), (a, b) -> new Totals(a.sheets() + b.sheets(),
                    a.read() + b.read(), a.loaded() + b.loaded(), a.rejected() + b.rejected()));
        }
        out.printf(Locale.US, "%-22s %7s %10s %10s %9s%n", "Received", "Sheets", "Rows read", "Loaded", "Rejected");
        byDataset.forEach((kind, totals) -> out.printf(Locale.US, "%-22s %,7d %,10d %,10d %,9d%n", kind,
                totals.sheets(), totals.read(), totals.loaded(), totals.rejected()));
        List<FileSummary> problems = files.stream().filter(FileSummary::hasProblems).toList();
        if (!problems.isEmpty()) {
            out.println();
            out.println("Not used whole:");
        }
        for (FileSummary file : problems) {
            out.printf(Locale.US, "  %s: %s%n", label(file), file.status().toLowerCase(Locale.ROOT));
            for (Map.Entry<String, Integer> reason : file.rejectsByReason().entrySet()) {
                out.printf(Locale.US, "    %,d rejected: %s%n", reason.getValue(), reason.getKey());
            }
            if (file.problem() != null) {
                out.println("    It " + file.problem() + ".");
            }
        }
        long unused = files.stream().filter(f -> !"LOADED".equals(f.status())).count();
        long rejected = files.stream().mapToLong(FileSummary::rowsRejected).sum();
        out.printf(Locale.US, "%d sheet(s) checked: %d not used, %,d row(s) rejected.%n", files.size(), unused,
                rejected);
    }

    private static String label(FileSummary file) {
        return file.sheetName().isEmpty() ? file.fileName() : file.fileName() + ", sheet '" + file.sheetName() + "'";
    }
}
