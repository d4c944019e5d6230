package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Collects, as the attendance step reads each student's schools, the first and last day the year to date counts at
 * each school and in the district, and stores them in {@code attendance_period} for the scopes that count a summary
 * of more than one calendar month ({@link AttendancePeriod}). Partnerships' attendance rates are not printed, so
 * they have none.
 */
final class YearToDatePeriods {

    private record Key(String scope, String scopeId) {
    }

    private final Map<Key, LocalDate[]> days = new HashMap<>();
    private final Set<Key> spanning = new HashSet<>();

    void accept(AttendanceTotals.SchoolDays school) {
        if (school.firstDay == null || school.yearEnrolled.signum() <= 0) {
            return;
        }
        for (Key key : new Key[] { new Key(KpiValue.SCHOOL, school.schoolId),
                new Key(KpiValue.DISTRICT, KpiValue.DISTRICT_ID) }) {
            days.merge(key, new LocalDate[] { school.firstDay, school.lastDay }, (kept, next) -> new LocalDate[] {
                    next[0].isBefore(kept[0]) ? next[0] : kept[0], next[1].isAfter(kept[1]) ? next[1] : kept[1] });
            if (school.spansMonths) {
                spanning.add(key);
            }
        }
    }

    /** Replaces the month's stored periods; returns how many were stored. */
    int store(JdbcClient jdbc, NamedQueries sql, YearMonth month) {
        jdbc.sql(sql.get("delete-attendance-periods")).param("reportMonth", month.toString()).update();
        for (Key key : spanning) {
            LocalDate[] bounds = days.get(key);
            jdbc.sql(sql.get("insert-attendance-period")).param("reportMonth", month.toString())
                    .param("scope", key.scope()).param("scopeId", key.scopeId()).param("firstDay", bounds[0])
                    .param("lastDay", bounds[1]).update();
        }
        return spanning.size();
    }
}
