package org.village.monthly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.MultiRowInsert;
import org.village.infrastructure.NamedQueries;
import org.village.output.MonthFolder;
import org.village.report.DrawnFigure;
import org.village.report.FigureSource;

/**
 * The month's figure ledger: every number its reports print, stored report by report in the transaction of the step
 * that renders it (so a report rendered again on restart replaces its rows), then written beside the reports as
 * {@code figures-ledger-YYYY-MM.csv}. Each line says where a number is printed (report, page, section, row and column
 * as printed), what it claims to be (KPI, window, month, scope, scope id, subgroup) and the formula that gives it
 * from the stored figures, so an auditor can check any report against the database, and a test all of them.
 */
@Component
class FigureLedger {

    static final List<String> COLUMNS = List.of("report", "page", "section", "row", "column", "printed", "kind",
            "value", "month", "window", "scope", "scope_id", "subgroup", "kpi", "formula");

    private static final NamedQueries SQL = NamedQueries.load("ledger");
    private static final String INSERT = SQL.get("insert");
    private static final List<String> INSERT_PARAMETERS = Pattern.compile(":(\\w+)").matcher(INSERT).results()
            .map(match -> match.group(1)).toList();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FigureLedger(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
    }

    /** Forgets the month's reports: a new run of the month renders all of them again. */
    void clear(YearMonth month) {
        jdbc.sql(SQL.get("delete-month")).param("reportMonth", month.toString()).update();
    }

    /** Replaces what the ledger holds for one report, {@code report} under the month's folder, with its figures. */
    void replace(MonthFolder folder, Path report, List<DrawnFigure> figures) {
        String reportMonth = folder.month().toString();
        String reportFile = name(folder, report);
        jdbc.sql(SQL.get("delete-report")).param("reportMonth", reportMonth).param("reportFile", reportFile)
                .update();
        List<Integer> positions = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            positions.add(i);
        }
        MultiRowInsert.insert(batch, NamedParameterUtils.parseSqlStatementIntoString(INSERT), INSERT_PARAMETERS.size(),
                positions, (statement, offset, position) -> set(statement, offset, reportMonth, reportFile,
                        position, figures.get(position)));
    }

    /** Writes the month's ledger beside its reports, moved into place only when complete; returns its lines. */
    int write(MonthFolder folder) {
        Path target = folder.figuresLedger();
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        int[] lines = {0};
        try {
            Files.createDirectories(target.getParent());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get()
                            .print(out)) {
                jdbc.sql(SQL.get("month")).param("reportMonth", folder.month().toString()).query(rs -> {
                    try {
                        BigDecimal value = rs.getBigDecimal("figure_value");
                        csv.printRecord(rs.getString("report_file"), rs.getInt("page_number"),
                                rs.getString("section"), rs.getString("row_label"), rs.getString("column_label"),
                                rs.getString("printed"), rs.getString("figure_kind"),
                                value == null ? null : value.stripTrailingZeros().toPlainString(),
                                rs.getString("source_month"), rs.getString("period_kind"), rs.getString("scope"),
                                rs.getString("scope_id"), rs.getString("subgroup"), rs.getString("kpi"),
                                rs.getString("formula"));
                        lines[0]++;
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("The figure ledger could not be written to " + target + ": "
                    + e.getMessage(), e);
        }
        return lines[0];
    }

    /** The report's path under the month's folder, with forward slashes on every system. */
    static String name(MonthFolder folder, Path report) {
        return folder.directory().toAbsolutePath().normalize().relativize(report.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /** Sets one figure's parameters by their names in the INSERT, the first at {@code offset + 1}. */
    private static void set(PreparedStatement statement, int offset, String reportMonth, String reportFile,
            int position, DrawnFigure figure) throws SQLException {
        FigureSource source = figure.source();
        for (int i = 0; i < INSERT_PARAMETERS.size(); i++) {
            int index = offset + i + 1;
            switch (INSERT_PARAMETERS.get(i)) {
                case "reportMonth" -> statement.setString(index, reportMonth);
                case "reportFile" -> statement.setString(index, reportFile);
                case "position" -> statement.setInt(index, position);
                case "page" -> statement.setInt(index, figure.page());
                case "section" -> statement.setString(index, figure.section());
                case "row" -> statement.setString(index, figure.row());
                case "column" -> statement.setString(index, figure.column());
                case "printed" -> statement.setString(index, figure.printed());
                case "kind" -> statement.setString(index, figure.kind());
                case "value" -> {
                    if (figure.value() == null || figure.value().isNaN() || figure.value().isInfinite()) {
                        statement.setNull(index, Types.DECIMAL);
                    }
                    else {
                        statement.setBigDecimal(index, BigDecimal.valueOf(figure.value()));
                    }
                }
                case "sourceMonth" -> statement.setString(index, source == null ? null : source.month().toString());
                case "periodKind" -> statement.setString(index, source == null ? null : source.window());
                case "scope" -> statement.setString(index, source == null ? null : source.scope());
                case "scopeId" -> statement.setString(index, source == null ? null : source.scopeId());
                case "subgroup" -> statement.setString(index, source == null ? null : source.subgroup());
                case "kpi" -> statement.setString(index, source == null ? null : source.kpi());
                case "formula" -> statement.setString(index, source == null ? null : source.formula());
                default -> throw new IllegalStateException("The ledger's insert names an unknown parameter: "
                        + INSERT_PARAMETERS.get(i));
            }
        }
    }
}
