package org.village.kpi;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.village.infrastructure.MultiRowInsert;

/**
 * Stores computed figures in the long KPI table, {@value #ROWS_PER_STATEMENT} to an INSERT ({@link MultiRowInsert})
 * and {@value #STATEMENTS_PER_BATCH} statements to a JDBC batch: one row per statement made writing the attendance
 * step's 125,000 figures a third of its time at 150,000 students. A figure resting on too few students is stored already
 * suppressed ({@link SmallGroupSuppression#primary}), unless a later step of the month reads it: updating tens of
 * thousands of stored figures afterwards cost as much as writing them. The suppression step still applies every
 * decision to what is stored, so this only saves work.
 */
final class KpiWriter {

    static final int ROWS_PER_STATEMENT = 100;
    static final int STATEMENTS_PER_BATCH = 10;
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private final JdbcTemplate jdbc;
    private final String insert;
    private final String manyRowsInsert;
    private final List<String> parameters;
    private final SmallGroupSuppression suppression;

    KpiWriter(JdbcTemplate jdbc, String namedInsert, SmallGroupSuppression suppression) {
        this.jdbc = jdbc;
        this.insert = NamedParameterUtils.parseSqlStatementIntoString(namedInsert);
        this.manyRowsInsert = MultiRowInsert.of(insert, ROWS_PER_STATEMENT);
        this.parameters = PARAMETER.matcher(namedInsert).results().map(match -> match.group(1)).toList();
        this.suppression = suppression;
    }

    void write(List<KpiValue> values) {
        int inFullStatements = values.size() - values.size() % ROWS_PER_STATEMENT;
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (inFullStatements > 0) {
                try (PreparedStatement manyRows = connection.prepareStatement(manyRowsInsert)) {
                    for (int first = 0; first < inFullStatements; first += ROWS_PER_STATEMENT) {
                        for (int row = 0; row < ROWS_PER_STATEMENT; row++) {
                            set(manyRows, row * parameters.size(), stored(values.get(first + row)));
                        }
                        manyRows.addBatch();
                        if ((first / ROWS_PER_STATEMENT + 1) % STATEMENTS_PER_BATCH == 0) {
                            manyRows.executeBatch();
                        }
                    }
                    manyRows.executeBatch();
                }
            }
            if (inFullStatements < values.size()) {
                try (PreparedStatement oneRow = connection.prepareStatement(insert)) {
                    for (KpiValue value : values.subList(inFullStatements, values.size())) {
                        set(oneRow, 0, stored(value));
                        oneRow.addBatch();
                    }
                    oneRow.executeBatch();
                }
            }
            return null;
        });
    }

    private KpiValue stored(KpiValue value) {
        return suppression.primary(value) && !readBeforeSuppression(value) ? suppression.withheld(value) : value;
    }

    /** ROI reads the partnerships' all-student figures for the year to date before the month's suppression step. */
    private static boolean readBeforeSuppression(KpiValue value) {
        return KpiValue.PARTNERSHIP.equals(value.scope()) && KpiValue.ALL_STUDENTS.equals(value.subgroup())
                && Window.YEAR_TO_DATE.name().equals(value.periodKind());
    }

    /** Sets one row's parameters, the first at {@code offset + 1}. */
    private void set(PreparedStatement statement, int offset, KpiValue value) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            int index = offset + i + 1;
            switch (parameters.get(i)) {
                case "reportMonth" -> statement.setString(index, value.reportMonth());
                case "periodKind" -> statement.setString(index, value.periodKind());
                case "scope" -> statement.setString(index, value.scope());
                case "scopeId" -> statement.setString(index, value.scopeId());
                case "subgroup" -> statement.setString(index, value.subgroup());
                case "kpi" -> statement.setString(index, value.kpi());
                case "value" -> decimal(statement, index, value.value());
                case "numerator" -> decimal(statement, index, value.numerator());
                case "denominator" -> decimal(statement, index, value.denominator());
                case "n" -> statement.setInt(index, value.n());
                case "suppressed" -> statement.setBoolean(index, value.suppressed());
                case "suppressionReason" -> {
                    if (value.suppressionReason() == null) {
                        statement.setNull(index, Types.VARCHAR);
                    }
                    else {
                        statement.setString(index, value.suppressionReason());
                    }
                }
                case "lowerBound" -> decimal(statement, index, value.lowerBound());
                case "upperBound" -> decimal(statement, index, value.upperBound());
                default -> throw new IllegalStateException("insert-kpi names an unknown parameter: " + parameters.get(i));
            }
        }
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        }
        else {
            statement.setBigDecimal(index, value);
        }
    }
}
