package org.village.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What two runs of a month are compared on: every stored figure, the rows loaded, the daily attendance summed by
 * month (by the loader or, for a sheet whose load was interrupted, afterwards) and the files in the output folder.
 */
record RunResults(List<String> kpis, List<String> files, int attendanceRows, List<String> attendanceMonths,
        int sheetsLoaded) {

    static RunResults of(JdbcClient jdbc, Path monthFolder) {
        List<String> kpis = jdbc.sql("SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value, "
                + "numerator, denominator, n, suppressed, suppression_reason, lower_bound, upper_bound FROM kpi_value "
                + "ORDER BY report_month, period_kind, scope, scope_id, subgroup, kpi")
                .query((rs, i) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                }).list();
        int attendance = jdbc.sql("SELECT COUNT(*) FROM attendance_summary").query(Integer.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM daily_attendance").query(Integer.class).single();
        List<String> months = jdbc.sql("SELECT m.month_start, m.student_id, m.school_id, SUM(m.days_enrolled), "
                + "SUM(m.days_present), SUM(m.days_tardy), SUM(m.days_suspended) FROM attendance_month m "
                + "JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED' "
                + "GROUP BY m.month_start, m.student_id, m.school_id ORDER BY m.month_start, m.student_id, m.school_id")
                .query((rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        int sheets = jdbc.sql("SELECT COUNT(*) FROM ingest_source WHERE status = 'LOADED'").query(Integer.class)
                .single();
        return new RunResults(kpis, files(monthFolder), attendance, months, sheets);
    }

    /** Every file below the folder, by its path relative to it, hidden and partial files included. */
    static List<String> files(Path monthFolder) {
        try (Stream<Path> walk = Files.walk(monthFolder)) {
            return walk.filter(Files::isRegularFile).map(file -> monthFolder.relativize(file).toString()).sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
