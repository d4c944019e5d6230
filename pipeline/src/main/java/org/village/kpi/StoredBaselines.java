package org.village.kpi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.MultiRowInsert;
import org.village.infrastructure.NamedQueries;
import org.village.infrastructure.Sha256;

/**
 * Each student's sums over a baseline of the effects, kept in the database between runs ({@code effect_baseline}):
 * summed from the period's rows the first time a run needs them, then read back, one row per student, for as long
 * as the sheets in use that may hold rows of the period are the ones they were summed from. A baseline is in the
 * past, so this is every month after the first; a sheet of the period sent again, held back or arriving late makes
 * the next run sum it again. The baselines one step did not use are dropped when it ends ({@link #dropUnused()}).
 */
final class StoredBaselines {

    /** A student's amount over base: days present over days enrolled, or grade points × credits over credits. */
    record Sums(BigDecimal amount, BigDecimal base) {

        Sums plus(Sums more) {
            return new Sums(amount.add(more.amount), base.add(more.base));
        }
    }

    /** A sheet in use, with the span of what it holds as ingest_source keeps it (null where not known). */
    record Sheet(long sourceId, String fileSha256, int sheetIndex, String firstPeriod, String lastPeriod) {

        /** Whether the sheet's days (first and last as ISO dates) may fall in the period; unknown spans may. */
        boolean mayHoldDays(LocalDate from, LocalDate through) {
            if (firstPeriod == null || lastPeriod == null) {
                return true;
            }
            try {
                return !LocalDate.parse(firstPeriod).isAfter(through) && !LocalDate.parse(lastPeriod).isBefore(from);
            }
            catch (DateTimeParseException e) {
                return true;
            }
        }
    }

    /** The sheets of attendance, daily or summed over a period. */
    static final List<String> ATTENDANCE_SHEETS = List.of("DAILY_ATTENDANCE", "ATTENDANCE_SUMMARY");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NamedQueries sql;
    private final long usedBy;

    /** {@code usedBy}: the step execution that uses the baselines. */
    StoredBaselines(JdbcClient jdbc, JdbcTemplate batch, NamedQueries sql, long usedBy) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sql = sql;
        this.usedBy = usedBy;
    }

    /**
     * The baseline named {@code key} (its period and the settings that shape it), as stored if the sheets of
     * {@code datasets} in use that {@code mayHold} rows of it are those it was summed from, else summed by
     * {@code sum} and stored in place of the old one.
     */
    Map<String, Sums> get(String key, List<String> datasets, Predicate<Sheet> mayHold,
            Supplier<Map<String, Sums>> sum) {
        String sheets = sheetsSha256(datasets, mayHold);
        Optional<Long> stored = jdbc.sql(sql.get("effect-baseline")).param("baselineKey", key)
                .param("sheetsSha256", sheets).query(Long.class).optional();
        if (stored.isPresent()) {
            jdbc.sql(sql.get("use-effect-baseline")).param("baselineId", stored.get()).param("usedBy", usedBy)
                    .update();
            Map<String, Sums> students = new HashMap<>();
            jdbc.sql(sql.get("effect-baseline-students")).param("baselineId", stored.get()).query(rs -> {
                students.put(rs.getString("student_id"), new Sums(rs.getBigDecimal("amount"),
                        rs.getBigDecimal("base")));
            });
            return students;
        }
        jdbc.sql(sql.get("delete-effect-baseline-students")).param("baselineKey", key).update();
        jdbc.sql(sql.get("delete-effect-baseline")).param("baselineKey", key).update();
        Map<String, Sums> students = sum.get();
        jdbc.sql(sql.get("insert-effect-baseline")).param("baselineKey", key).param("sheetsSha256", sheets)
                .param("usedBy", usedBy).update();
        long baselineId = jdbc.sql(sql.get("effect-baseline")).param("baselineKey", key)
                .param("sheetsSha256", sheets).query(Long.class).single();
        String insert = NamedParameterUtils.parseSqlStatementIntoString(sql.get("insert-effect-baseline-student"));
        MultiRowInsert.insert(batch, insert, 4, new ArrayList<>(students.entrySet()),
                (statement, offset, row) -> set(statement, offset, baselineId, row));
        return students;
    }

    private static void set(PreparedStatement statement, int offset, long baselineId, Map.Entry<String, Sums> row)
            throws SQLException {
        statement.setLong(offset + 1, baselineId);
        statement.setString(offset + 2, row.getKey());
        statement.setBigDecimal(offset + 3, row.getValue().amount());
        statement.setBigDecimal(offset + 4, row.getValue().base());
    }

    /** Drops the baselines this step did not use: a partnership's that ended, or those of settings since changed. */
    void dropUnused() {
        jdbc.sql(sql.get("delete-unused-effect-baseline-students")).param("usedBy", usedBy).update();
        jdbc.sql(sql.get("delete-unused-effect-baselines")).param("usedBy", usedBy).update();
    }

    private String sheetsSha256(List<String> datasets, Predicate<Sheet> mayHold) {
        return sha256("", sheets(jdbc, sql, datasets).stream().filter(mayHold).toList());
    }

    /** The sheets in use of some datasets, in the order a fingerprint takes them. */
    static List<Sheet> sheets(JdbcClient jdbc, NamedQueries sql, List<String> datasets) {
        return jdbc.sql(sql.get("baseline-sheets")).param("datasets", datasets).query(Sheet.class).list();
    }

    /**
     * A fingerprint of {@code sheets} (their files' hashes and sheet numbers), after {@code settings}. Not their ids:
     * the database numbers sheets differently after a crash, and the same sheet must give the same fingerprint.
     */
    static String sha256(String settings, List<Sheet> sheets) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        sheets.forEach(sheet -> digest.update((sheet.fileSha256() + " " + sheet.sheetIndex() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }
}
