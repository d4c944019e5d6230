package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    private record Goal(String partnershipId, String kpi, BigDecimal target, LocalDate byDate, LocalDate start) {
    }

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
        List<Goal> goals = jdbc.sql(sql.get("goals")).param("throughDate", month.atEndOfMonth())
                .query((rs, n) -> new Goal(rs.getString("partnership_id"), rs.getString("kpi"),
                        rs.getBigDecimal("target"), rs.getObject("by_date", LocalDate.class),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
        for (Goal goal : goals) {
            BigDecimal current = jdbc.sql(sql.get("partnership-value")).param("reportMonth", month.toString())
                    .param("partnershipId", goal.partnershipId()).param("kpi", goal.kpi()).query(BigDecimal.class)
                    .optional().orElse(null);
            BigDecimal achieved = achieved(goal.kpi(), current, goal.target());
            jdbc.sql(sql.get("insert-goal-progress"))
                    .param("reportMonth", month.toString()).param("partnershipId", goal.partnershipId())
                    .param("kpi", goal.kpi()).param("target", goal.target()).param("byDate", goal.byDate())
                    .param("currentValue", current).param("achieved", achieved)
                    .param("status", status(goal.kpi(), achieved, goal.start(), goal.byDate()))
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
            return current.signum() == 0 ? BigDecimal.ONE.add(BigDecimal.ONE) : target.divide(current, KpiValue.PRECISION);
        }
        return current.divide(target, KpiValue.PRECISION);
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
                    .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, byDate)), KpiValue.PRECISION)
                    .min(BigDecimal.ONE);
            if (achieved.compareTo(pace) >= 0) {
                return "ON_TRACK";
            }
            return achieved.compareTo(pace.multiply(AT_RISK_PACE)) >= 0 ? "AT_RISK" : "OFF_TRACK";
        }
        return achieved.compareTo(AT_RISK_LEVEL) >= 0 ? "AT_RISK" : "OFF_TRACK";
    }
}
