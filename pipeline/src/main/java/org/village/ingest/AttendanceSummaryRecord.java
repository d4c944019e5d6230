package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

record AttendanceSummaryRecord(long sourceId, int sourceRow, String studentId, String schoolId,
        LocalDate periodStart, LocalDate periodEnd, BigDecimal daysEnrolled, BigDecimal daysPresent) {
}
