package org.village.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * What each partnership cost and what it bought, for the school year to date (product brief §2, ROI): investment =
 * cash and grants + in-kind value + volunteer hours × the configured value of an hour; cost per student served;
 * cost per attendance day gained (investment over effect × participants' days enrolled) and cost per GPA point gained
 * (investment over GPA effect × students served), each only where its effect's interval lies above zero. Beside what
 * was received, what the registry says the district and the partner committed, so a board sees both. The assumptions
 * behind the money figures are stored with them.
 */
class RoiKpiTasklet implements Tasklet {

    static final String INVESTMENT_CASH = "investment_cash";
    static final String INVESTMENT_IN_KIND = "investment_in_kind";
    static final String INVESTMENT_VOLUNTEER_TIME = "investment_volunteer_time";
    static final String INVESTMENT_TOTAL = "investment_total";
    static final String COST_PER_STUDENT_SERVED = "cost_per_student_served";
    static final String COST_PER_DAY_GAINED = "cost_per_attendance_day_gained";
    static final String INVESTMENT_COMMITTED = "investment_committed";
    static final String INVESTMENT_RECEIVED = "investment_received";
    static final String COST_PER_GPA_POINT_GAINED = "cost_per_gpa_point_gained";

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final KpiWriter writer;

    RoiKpiTasklet(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql, KpiWriter writer) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    private record Figure(BigDecimal value, int n, BigDecimal lower, BigDecimal upper) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate from = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
        Map<String, Map<String, Figure>> computed = new HashMap<>();
        jdbc.sql(sql.get("month-partnership-values")).param("reportMonth", month.toString())
                .param("periodKind", Window.YEAR_TO_DATE.name())
                .query(rs -> {
                    computed.computeIfAbsent(rs.getString("scope_id"), p -> new HashMap<>()).put(rs.getString("kpi"),
                            new Figure(rs.getBigDecimal("value"), rs.getInt("n"), rs.getBigDecimal("lower_bound"),
                                    rs.getBigDecimal("upper_bound")));
                });
        Map<String, BigDecimal> participantDays = new HashMap<>();
        jdbc.sql(sql.get("partnership-participant-days"))
                .param("reportMonth", month.toString()).param("periodKind", Window.YEAR_TO_DATE.name())
                .query(rs -> {
                    participantDays.put(rs.getString("scope_id"), rs.getBigDecimal("denominator"));
                });
        List<KpiValue> values = new ArrayList<>();
        BigDecimal districtTotal = BigDecimal.ZERO;
        BigDecimal districtReceived = BigDecimal.ZERO;
        BigDecimal districtCommitted = null;
        for (var row : jdbc.sql(sql.get("investments")).param("fromDate", from)
                .param("throughDate", month.atEndOfMonth()).query().listOfRows()) {
            String id = (String) row.get("partnership_id");
            Map<String, Figure> figures = computed.getOrDefault(id, Map.of());
            BigDecimal cash = (BigDecimal) row.get("cash");
            BigDecimal inKind = (BigDecimal) row.get("in_kind");
            Figure hours = figures.get(ParticipationKpiTasklet.VOLUNTEER_HOURS);
            BigDecimal volunteerTime = hours == null || hours.value() == null ? BigDecimal.ZERO
                    : hours.value().multiply(properties.volunteerHourValue());
            BigDecimal received = cash.add(inKind);
            BigDecimal total = received.add(volunteerTime);
            districtTotal = districtTotal.add(total);
            districtReceived = districtReceived.add(received);
            BigDecimal committed = sum((BigDecimal) row.get("district_investment"),
                    (BigDecimal) row.get("partner_investment"));
            if (committed != null) {
                districtCommitted = sum(districtCommitted, committed);
                values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_COMMITTED, committed, 0, null, null));
            }
            values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_RECEIVED, received, 0, null, null));
            values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_CASH, cash, 0, null, null));
            values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_IN_KIND, inKind, 0, null, null));
            values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_VOLUNTEER_TIME, volunteerTime, 0, null, null));
            values.add(value(KpiValue.PARTNERSHIP, id, INVESTMENT_TOTAL, total, 0, null, null));
            Figure served = figures.get(ParticipationKpiTasklet.STUDENTS_SERVED);
            if (served != null && served.value() != null && served.value().signum() > 0) {
                values.add(value(KpiValue.PARTNERSHIP, id, COST_PER_STUDENT_SERVED,
                        total.divide(served.value(), KpiValue.PRECISION), served.n(), null, null));
            }
            Figure effect = figures.get(EffectKpiTasklet.EFFECT);
            BigDecimal days = participantDays.get(id);
            if (effect != null && effect.lower() != null && effect.lower().signum() > 0 && days != null
                    && total.signum() > 0) {
                BigDecimal gained = effect.value().multiply(days);
                values.add(value(KpiValue.PARTNERSHIP, id, COST_PER_DAY_GAINED, total.divide(gained, KpiValue.PRECISION),
                        effect.n(), total.divide(effect.upper().multiply(days), KpiValue.PRECISION),
                        total.divide(effect.lower().multiply(days), KpiValue.PRECISION)));
            }
            Figure gpaEffect = figures.get(EffectKpiTasklet.GPA_EFFECT);
            if (gpaEffect != null && gpaEffect.lower() != null && gpaEffect.lower().signum() > 0 && served != null
                    && served.value() != null && served.value().signum() > 0 && total.signum() > 0) {
                BigDecimal students = served.value();
                values.add(value(KpiValue.PARTNERSHIP, id, COST_PER_GPA_POINT_GAINED,
                        total.divide(gpaEffect.value().multiply(students), KpiValue.PRECISION), gpaEffect.n(),
                        total.divide(gpaEffect.upper().multiply(students), KpiValue.PRECISION),
                        total.divide(gpaEffect.lower().multiply(students), KpiValue.PRECISION)));
            }
        }
        values.add(value(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, INVESTMENT_TOTAL, districtTotal, 0, null, null));
        values.add(value(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, INVESTMENT_RECEIVED, districtReceived, 0, null,
                null));
        if (districtCommitted != null) {
            values.add(value(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, INVESTMENT_COMMITTED, districtCommitted, 0,
                    null, null));
        }
        writer.replace(month, values);
        storeAssumptions(from);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }

    private void storeAssumptions(LocalDate from) {
        List<String> assumptions = List.of(
                "Volunteer time is valued at $" + properties.volunteerHourValue().toPlainString() + " an hour ("
                        + properties.volunteerHourSource() + ").",
                "Investment counts cash, grants and in-kind gifts dated " + from + " to " + month.atEndOfMonth()
                        + ", at the value the giver reported; amounts committed in the registry count once given.",
                "Cost per student served divides the investment by the students the partnership served in the "
                        + "school year to date.",
                "Cost per attendance day gained divides the investment by the estimated days gained (the estimated "
                        + "effect on the attendance rate times the participants' days enrolled). It is shown only "
                        + "where the effect's 95% interval lies above zero; the range follows from that interval. "
                        + "The effect is an estimated association, not proof that the partnership caused it.");
        jdbc.sql(sql.get("delete-month-assumptions")).param("reportMonth", month.toString()).update();
        for (int i = 0; i < assumptions.size(); i++) {
            jdbc.sql(sql.get("insert-assumption")).param("reportMonth", month.toString()).param("position", i + 1)
                    .param("assumption", assumptions.get(i)).update();
        }
    }

    /** Either amount alone where the other was not given; null where neither was. */
    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private KpiValue value(String scope, String scopeId, String kpi, BigDecimal value, int n, BigDecimal lower,
            BigDecimal upper) {
        return new KpiValue(month.toString(), Window.YEAR_TO_DATE.name(), scope, scopeId, KpiValue.ALL_STUDENTS, kpi,
                value, null, null, n, false, null, lower, upper);
    }
}
