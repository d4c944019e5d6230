package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A partnership's goal: a KPI, the value to reach and by when. */
record GoalRecord(long sourceId, int sourceRow, String partnershipId, String kpi, BigDecimal target,
        LocalDate byDate) {
}
