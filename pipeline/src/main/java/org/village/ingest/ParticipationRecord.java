package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A student at a partnership's session, or over a period when {@code periodEnd} is set. */
record ParticipationRecord(long sourceId, int sourceRow, String partnershipId, String studentId,
        LocalDate sessionDate, LocalDate periodEnd, BigDecimal hours, String activity) {
}
