package org.village.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one scope's attendance sums into its figures. Attendance rate = days present / days enrolled, summed over
 * students; chronic absenteeism = chronically absent / students enrolled at least the minimum days.
 */
class AttendanceKpiCalculator implements ItemProcessor<AttendanceAggregate, List<KpiValue>> {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final String reportMonth;
    private final Window window;

    AttendanceKpiCalculator(String reportMonth, Window window) {
        this.reportMonth = reportMonth;
        this.window = window;
    }

    @Override
    public List<KpiValue> process(AttendanceAggregate aggregate) {
        return List.of(
                figure(aggregate, KpiValue.STUDENTS_ENROLLED, BigDecimal.valueOf(aggregate.students()), null,
                        aggregate.students()),
                figure(aggregate, KpiValue.ATTENDANCE_RATE, aggregate.daysPresent(), aggregate.daysEnrolled(),
                        aggregate.students()),
                figure(aggregate, KpiValue.CHRONIC_ABSENTEEISM, BigDecimal.valueOf(aggregate.chronicallyAbsent()),
                        BigDecimal.valueOf(aggregate.eligibleStudents()), aggregate.eligibleStudents()));
    }

    private KpiValue figure(AttendanceAggregate aggregate, String kpi, BigDecimal numerator, BigDecimal denominator,
            int n) {
        BigDecimal value;
        if (denominator == null) {
            value = numerator;
        }
        else {
            value = denominator.signum() == 0 ? null : numerator.divide(denominator, PRECISION);
        }
        return new KpiValue(reportMonth, window.name(), aggregate.scope(), aggregate.scopeId(),
                KpiValue.ALL_STUDENTS, kpi, value, numerator, denominator, n, false, null);
    }
}
