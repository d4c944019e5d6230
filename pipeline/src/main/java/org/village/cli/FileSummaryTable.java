package org.village.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.village.ingest.FileSummary;

/**
 * The data-quality summary as plain text for a terminal or a log: how the sheets' columns were read, one line per
 * kind of file with its counts, then every sheet that was not used whole, with what went wrong. A district of 200 schools gets a page, not thousands
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

    /**
     * The summary with how the sheets were read, one line per way of reading: sheets of one kind sent with the same
     * columns (a school's monthly export) share a line, so a data manager sees each layout once.
     */
    static void print(List<FileSummary> files, PrintStream out) {
        if (files.isEmpty()) {
            return;
        }
        Map<String, List<FileSummary>> layouts = new LinkedHashMap<>();
        for (FileSummary file : files) {
            if (file.columnsRead() != null) {
                layouts.computeIfAbsent(file.dataset() + "\n" + file.columnsRead(), k -> new ArrayList<>()).add(file);
            }
        }
        if (!layouts.isEmpty()) {
            out.println("How the sheets were read:");
            layouts.values().forEach(sheets -> out.printf(Locale.US, "  %s, %s: %s%n", sheets.get(0).dataset(),
                    sheets.size() == 1 ? label(sheets.get(0)) + " (header row " + sheets.get(0).headerRow() + ")"
                            : sheets.size() + " sheets like " + label(sheets.get(0)),
                    sheets.get(0).columnsRead()));
            out.println();
        }
        printCounts(files, out);
    }

    /** The summary with every sheet's reading spelled out, for {@code validate}, where each file is in question. */
    static void printEachSheet(List<FileSummary> files, PrintStream out) {
        if (files.isEmpty()) {
            return;
        }
        out.println("How each sheet was read:");
        for (FileSummary file : files) {
            out.printf(Locale.US, "  %s: %s%n", label(file), file.dataset() == null ? "not used (see below)"
                    : file.dataset() + ", header row " + file.headerRow());
            if (file.columnsRead() != null) {
                out.println("    " + file.columnsRead());
            }
        }
        out.println();
        printCounts(files, out);
    }

    private static void printCounts(List<FileSummary> files, PrintStream out) {
        Map<String, Totals> byDataset = new LinkedHashMap<>();
        for (FileSummary file : files) {
            String kind = file.dataset() == null ? "not recognised"
                    : "REFUSED".equals(file.status()) ? "not the district's" : file.dataset();
            byDataset.merge(kind, new Totals(0, 0, 0, 0).plus(file), (a, b) -> new Totals(a.sheets() + b.sheets(),
                    a.read() + b.read(), a.loaded() + b.loaded(), a.rejected() + b.rejected()));
        }
        out.printf(Locale.US, "%-22s %7s %10s %10s %9s%n", "Received", "Sheets", "Rows read", "Loaded", "Rejected");
        byDataset.forEach((kind, totals) -> out.printf(Locale.US, "%-22s %,7d %,10d %,10d %,9d%n", kind,
                totals.sheets(), totals.read(), totals.loaded(), totals.rejected()));
        List<FileSummary> replacing = files.stream().filter(f -> !f.replaces().isEmpty()).toList();
        if (!replacing.isEmpty()) {
            out.println();
            out.println("Newer versions (the later arrival, then the later modified file, is used):");
        }
        for (FileSummary file : replacing) {
            file.replaces().forEach(older -> out.printf(Locale.US, "  %s replaces %s%n", label(file), older));
        }
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
