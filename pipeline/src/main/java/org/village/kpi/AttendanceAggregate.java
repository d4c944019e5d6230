package org.village.kpi;

import java.math.BigDecimal;

/** What the attendance query sums for one scope over one window; the calculator turns it into figures. */
record AttendanceAggregate(String scope, String scopeId, int students, BigDecimal daysEnrolled,
        BigDecimal daysPresent, int eligibleStudents, int chronicallyAbsent) {
}
