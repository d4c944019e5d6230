package org.village.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class GoalRowProcessor implements ItemProcessor<DatasetRow, GoalRecord> {

    /** KPIs whose targets are shares: 95%, 95 and 0.95 all mean 0.95 for these. */
    private static final Set<String> RATES = Set.of("attendance_rate", "chronic_absenteeism", "participation_rate",
            "retention", "gpa_below_2");

    private final RowChecks checks;

    GoalRowProcessor(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public GoalRecord process(DatasetRow row) {
        String kpi = checks.requiredText(row, Field.GOAL_KPI).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String text = checks.requiredText(row, Field.GOAL_TARGET);
        BigDecimal target = RATES.contains(kpi) ? CellValues.rate(text) : CellValues.number(text);
        if (target == null) {
            throw RowChecks.reject(Field.GOAL_TARGET, text, RejectReason.BAD_NUMBER,
                    "The target '" + text + "' is not a number (write rates as 95% or 0.95).");
        }
        return new GoalRecord(row.sourceId(), row.rowNumber(), checks.requiredIdentifier(row, Field.PARTNERSHIP_ID),
                kpi, target, checks.optionalDate(row, Field.GOAL_DATE));
    }
}
