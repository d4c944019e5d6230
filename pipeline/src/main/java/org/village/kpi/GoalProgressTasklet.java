package org.village.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Progress to each goal in the registry, from the month's surviving (not suppressed) year-to-date figures. The rule,
 * as printed in the reports: share achieved = current / target (target / current where lower is better, as for
 * chronic absenteeism). A level (a rate) is on track at 100% or more, at risk from 90%, else off track. A total that
 * builds up over the year (students served, volunteer hours) is compared with the share of the time to the goal's
 * date that has passed: on track when achieved keeps pace, at risk from three quarters of the pace, else off track.
 */
class GoalProgressTasklet implements Tasklet {

    private static final Set<String> LOWER_IS_BETTER = Set.of("chronic_absenteeism", "band_severe_chronic",
            "band_moderate_chronic", "gpa_below_2");
    private static final Set<String> CUMULATIVE = Set.of("students_served", "volunteer_hours");
    private static final BigDecimal AT_RISK_LEVEL = new BigDecimal("0.90");
    private static final BigDecimal AT_RISK_PACE = new BigDecimal("0.75");
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final YearMonth month;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    GoalProgressTasklet(YearMonth month, JdbcClient jdbc, NamedQueries sql) {
        this.month = month;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.sql(sql.get("delete-month-goals")).param("reportMonth", month.toString()).update();
        for (Map<String, Object> goal : jdbc.sql(sql.get("goals")).param("throughDate", month.atEndOfMonth())
                .query().listOfRows()) {
            String partnership = (String) goal.get("partnership_id");
            String kpi = (String) goal.get("kpi");
            BigDecimal target = (BigDecimal) goal.get("target");
            LocalDate byDate = date(goal.get("by_date"));
            BigDecimal current = jdbc.sql(sql.get("partnership-value")).param("reportMonth", month.toString())
                    .param("partnershipId", partnership).param("kpi", kpi).query(BigDecimal.class).optional()
                    .orElse(null);
            BigDecimal achieved = achieved(kpi, current, target);
            String status = status(kpi, achieved, date(goal.get("start_date")), byDate);
            jdbc.sql(sql.get("insert-goal-progress"))
                    .param("reportMonth", month.toString()).param("partnershipId", partnership).param("kpi", kpi)
                    .param("target", target).param("byDate", byDate).param("currentValue", current)
                    .param("achieved", achieved).param("status", status)
                    .update();
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }

    static BigDecimal achieved(String kpi, BigDecimal current, BigDecimal target) {
        if (current == null || target == null || target.signum() == 0) {
            return null;
        }
        if (LOWER_IS_BETTER.contains(kpi)) {
            return current.signum() == 0 ? BigDecimal.ONE.add(BigDecimal.ONE) : target.divide(current, PRECISION);
        }
        return current.divide(target, PRECISION);
    }

    String status(String kpi, BigDecimal achieved, LocalDate start, LocalDate byDate) {
        if (achieved == null) {
            return "NOT_MEASURED";
        }
        if (achieved.compareTo(BigDecimal.ONE) >= 0) {
            return "ON_TRACK";
        }
        if (CUMULATIVE.contains(kpi) && start != null && byDate != null && byDate.isAfter(start)) {
            BigDecimal pace = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, month.atEndOfMonth()))
                    .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, byDate)), PRECISION)
                    .min(BigDecimal.ONE);
            if (achieved.compareTo(pace) >= 0) {
                return "ON_TRACK";
            }
            return achieved.compareTo(pace.multiply(AT_RISK_PACE)) >= 0 ? "AT_RISK" : "OFF_TRACK";
        }
        return achieved.compareTo(AT_RISK_LEVEL) >= 0 ? "AT_RISK" : "OFF_TRACK";
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
