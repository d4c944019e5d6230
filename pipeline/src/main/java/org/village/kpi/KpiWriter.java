package org.village.kpi;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.village.infrastructure.MultiRowInsert;
import org.village.infrastructure.NamedQueries;

/**
 * Stores computed figures in the long KPI table, many to a statement ({@link MultiRowInsert}), each as
 * {@link SmallGroupSuppression} decides for it, primary and complementary: a family of figures (the schools under
 * the district, one dimension's subgroups, a partnership's schools or a flag under their scope)
 * lies within one KPI of one window, and each step writes all of its KPIs in one call, so every family is decided
 * whole, and only the few figures decided otherwise later need an update: updating tens of thousands of them cost as
 * much as writing them. Later, the month's suppression step ({@link SuppressionTasklet}) decides the whole month
 * again, since a month's figure and its year to date are computed apart but must be withheld together; and the
 * figures a later step reads before it ({@link #readBeforeSuppression}) are stored as computed, for that step to
 * withhold.
 * <p>
 * Each writer is named after what computes its figures and first removes its own figures of the month: a step killed
 * after its transaction committed but before Spring Batch marked it complete runs again on restart, and must leave
 * the table as one run would, whatever the steps before it did.
 */
final class KpiWriter {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private final JdbcTemplate jdbc;
    private final String computedBy;
    private final String delete;
    private final String insert;
    private final List<String> parameters;
    private final SmallGroupSuppression suppression;

    KpiWriter(JdbcTemplate jdbc, NamedQueries sql, String computedBy, SmallGroupSuppression suppression) {
        String namedInsert = sql.get("insert-kpi");
        this.jdbc = jdbc;
        this.computedBy = computedBy;
        this.delete = NamedParameterUtils.parseSqlStatementIntoString(sql.get("delete-month-computed-by"));
        this.insert = NamedParameterUtils.parseSqlStatementIntoString(namedInsert);
        this.parameters = PARAMETER.matcher(namedInsert).results().map(match -> match.group(1)).toList();
        this.suppression = suppression;
    }

    /** Replaces this writer's figures of the month with these. */
    void replace(YearMonth month, List<KpiValue> values) {
        jdbc.update(delete, month.toString(), computedBy);
        Map<KpiValue, String> reasons = new IdentityHashMap<>();
        for (SmallGroupSuppression.Decision decision : suppression.decide(values)) {
            reasons.put(decision.value(), decision.reason());
        }
        MultiRowInsert.insert(jdbc, insert, parameters.size(), values,
                (statement, offset, value) -> set(statement, offset, stored(value, reasons.get(value))));
    }

    /** A figure read before suppression is stored as computed: the suppression step decides it again. */
    private static KpiValue stored(KpiValue value, String reason) {
        return reason == null || readBeforeSuppression(value) ? value : SmallGroupSuppression.withheld(value, reason);
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
                case "computedBy" -> statement.setString(index, computedBy);
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
