package org.village.output;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Where a month's files go under the output root. Every name carries the month, so a file that has been e-mailed or
 * downloaded still says which month it reports; per-school and per-partnership files sit in their own folders so a
 * district of 200 schools does not bury its district dashboard. A dry run's files go to the month's {@code dry-run}
 * folder, under the same names, so a rehearsal can never overwrite what the district was sent.
 */
public record MonthFolder(Path outputRoot, YearMonth month, boolean dryRun) {

    private static final String DRY_RUN = "dry-run";

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]+");

    /** The folder of the month's real run. */
    public MonthFolder(Path outputRoot, YearMonth month) {
        this(outputRoot, month, false);
    }

    /** The folder a job's {@code out}, {@code month} and {@code dryRun} parameters name (a dry run's is "true"). */
    public static MonthFolder of(String outputRoot, String month, String dryRun) {
        return new MonthFolder(Path.of(outputRoot), YearMonth.parse(month), Boolean.parseBoolean(dryRun));
    }

    public Path directory() {
        Path real = outputRoot.resolve(month.toString());
        return dryRun ? real.resolve(DRY_RUN) : real;
    }

    /** Whether {@code file} is this run's: in its folder, and for a real run not in the dry run's folder inside it. */
    public boolean holds(Path file) {
        return file.startsWith(directory()) && (dryRun || !file.startsWith(directory().resolve(DRY_RUN)));
    }

    public Path districtDashboard() {
        return directory().resolve("district-dashboard-" + month + ".pdf");
    }

    public Path schoolDashboard(String schoolId) {
        return directory().resolve("schools").resolve("school-dashboard-" + safe(schoolId) + "-" + month + ".pdf");
    }

    public Path successStory(String partnershipId) {
        return directory().resolve("stories").resolve("success-story-" + safe(partnershipId) + "-" + month + ".pdf");
    }

    public Path boardPacket() {
        return directory().resolve("board-packet-" + month + ".pdf");
    }

    public Path figuresWorkbook() {
        return directory().resolve("figures-" + month + ".xlsx");
    }

    /**
     * Every number the month's reports print, where it is printed and the stored figure it claims to be, for anyone
     * checking the reports against the database.
     */
    public Path figuresLedger() {
        return directory().resolve("figures-ledger-" + month + ".csv");
    }

    /** Every file of the month with its SHA-256 and who it was sent to; written last. */
    public Path manifest() {
        return directory().resolve("manifest-" + month + ".csv");
    }

    /** Where a dry run leaves the e-mails it would have sent, one {@code .eml} file per recipient. */
    public Path outbox() {
        return directory().resolve("outbox");
    }

    /**
     * School and partnership ids come from the district's spreadsheets; anything that is not a letter, digit, dash
     * or underscore becomes one underscore so an id such as {@code 0101/A} cannot reach another folder.
     */
    static String safe(String id) {
        String cleaned = UNSAFE.matcher(id.strip()).replaceAll("_");
        if (cleaned.isEmpty() || cleaned.equals("_")) {
            throw new IllegalArgumentException("An id needs at least one letter or digit to name a file: '" + id + "'");
        }
        return cleaned;
    }
}
