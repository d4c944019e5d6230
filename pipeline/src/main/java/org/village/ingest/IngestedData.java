package org.village.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;

/** Read access to what ingest loaded, for the reports: school names and the data-quality summary of a month. */
@Component
public class IngestedData {

    private static final NamedQueries SQL = NamedQueries.load("ingest");

    private final JdbcClient jdbc;
    private final String readingSettings;

    IngestedData(JdbcClient jdbc, IngestProperties properties) {
        this.jdbc = jdbc;
        this.readingSettings = properties.readingFingerprint();
    }

    /** The fingerprint of the reading settings (village.ingest) in force. */
    public String readingSettings() {
        return readingSettings;
    }

    /**
     * Whether a file still in the inbox has a sheet that was held back or not recognised under other reading
     * settings, which the next run judges again: a month run again with the same files is then a new run, as it
     * would be had a corrected file arrived.
     */
    public boolean heldUnderOtherSettings(Path inbox) {
        return jdbc.sql(SQL.get("files-judged-under-other-settings")).param("settings", readingSettings)
                .query(String.class).list().stream().anyMatch(file -> Files.exists(inbox.resolve(file)));
    }

    public Map<String, String> schoolNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(SQL.get("school-names")).query(rs -> {
            names.put(rs.getString("school_id"), rs.getString("school_name"));
        });
        return names;
    }

    /** The newest day of attendance sent up to the month's end, summarised or daily. */
    public Optional<LocalDate> latestAttendanceDate(YearMonth month) {
        Optional<LocalDate> summarised = jdbc.sql(SQL.get("latest-summary-period-end"))
                .param("throughDate", month.atEndOfMonth()).query(LocalDate.class).optional();
        Optional<LocalDate> daily = jdbc.sql(SQL.get("latest-daily-attendance-days"))
                .param("monthStart", month.atDay(1))
                .query((rs, i) -> rs.getObject("month_start", LocalDate.class)
                        .withDayOfMonth(Integer.SIZE - Integer.numberOfLeadingZeros(rs.getInt("days"))))
                .optional();
        return Stream.of(summarised, daily).flatMap(Optional::stream).max(LocalDate::compareTo);
    }

    /** Every sheet a run registered, with its outcome and its rejects by reason, in file order. */
    public List<FileSummary> fileSummaries(long jobInstanceId) {
        Map<Long, Map<String, Integer>> reasons = new HashMap<>();
        jdbc.sql(SQL.get("run-reject-reasons")).param("jobInstanceId", jobInstanceId).query(rs -> {
            reasons.computeIfAbsent(rs.getLong("source_id"), id -> new LinkedHashMap<>())
                    .put(RejectReason.valueOf(rs.getString("reason_code")).description(), rs.getInt("rejects"));
        });
        Map<Long, List<String>> replaced = new HashMap<>();
        jdbc.sql(SQL.get("run-replacements")).param("jobInstanceId", jobInstanceId).query(rs -> {
            replaced.computeIfAbsent(rs.getLong("source_id"), id -> new ArrayList<>())
                    .add(sheet(rs.getString("file_name"), rs.getString("sheet_name")));
        });
        return jdbc.sql(SQL.get("run-files")).param("jobInstanceId", jobInstanceId)
                .query((rs, i) -> new FileSummary(rs.getString("file_name"), rs.getString("sheet_name"),
                        rs.getString("dataset") == null ? null : Dataset.valueOf(rs.getString("dataset")).label(),
                        rs.getInt("header_row"), rs.getString("columns_read"), rs.getString("status"),
                        rs.getInt("rows_read"), rs.getInt("rows_loaded"), rs.getInt("rows_rejected"), reasons.getOrDefault(rs.getLong("source_id"), Map.of()),
                        rs.getString("problem"), replaced.getOrDefault(rs.getLong("source_id"), List.of())))
                .list();
    }

    /** The first rejected rows of a run's sheets, each with its file, sheet, row, column, value and reason. */
    public List<String> firstRejects(long jobInstanceId, int limit) {
        return jdbc.sql(SQL.get("run-first-rejects")).param("jobInstanceId", jobInstanceId).param("limit", limit)
                .query((rs, i) -> sheet(rs.getString("file_name"), rs.getString("sheet_name"))
                        + ", row " + rs.getInt("source_row")
                        + (rs.getString("column_name") == null ? "" : ", " + rs.getString("column_name"))
                        + (rs.getString("cell_value") == null || rs.getString("cell_value").isEmpty() ? ""
                                : " '" + rs.getString("cell_value") + "'")
                        + ": " + rs.getString("reason"))
                .list();
    }

    /** A sheet as messages name it: the file, and the sheet where the file has a named one. */
    private static String sheet(String fileName, String sheetName) {
        return sheetName.isEmpty() ? fileName : fileName + ", sheet '" + sheetName + "'";
    }

    private List<DataReceived.Replacement> replacements(YearMonth month) {
        return jdbc.sql(SQL.get("month-replacements"))
                .param("fromMonth", month.toString()).param("throughMonth", month.toString())
                .query((rs, i) -> new DataReceived.Replacement(rs.getString("used"), rs.getString("replaced"),
                        rs.getTimestamp("registered_at").toLocalDateTime().toLocalDate(), rs.getString("sender")))
                .list();
    }

    /** What the month's reports rest on, and the sheets the run {@code jobInstanceId} could not use. */
    public DataReceived dataReceived(YearMonth month, long jobInstanceId) {
        var sheets = jdbc.sql(SQL.get("month-sheets-received"))
                .param("fromDate", month.atDay(1)).param("throughDate", month.atEndOfMonth())
                .param("month", month.toString())
                .query((rs, i) -> new DataReceived.SheetReceived(rs.getLong("source_id"), rs.getString("dataset"),
                        rs.getString("sender"), rs.getLong("rows_loaded"), rs.getLong("rows_rejected")))
                .list();
        var missing = jdbc.sql(SQL.get("schools-without-attendance"))
                .param("fromDate", month.atDay(1)).param("throughDate", month.atEndOfMonth())
                .query(String.class).list();
        var silentPartners = jdbc.sql(SQL.get("partnerships-without-participation"))
                .param("fromDate", month.atDay(1)).param("throughDate", month.atEndOfMonth())
                .query(String.class).list();
        var problems = jdbc.sql(SQL.get("problem-sheets")).param("jobInstanceId", jobInstanceId)
                .query((rs, i) -> new DataReceived.UnusedSheet(rs.getString("file_name"), rs.getString("sheet_name"),
                        rs.getString("status"), rs.getString("sender")))
                .list();
        return new DataReceived(sheets, missing, silentPartners, problems, replacements(month));
    }
}
