package org.village.ingest;

import java.time.LocalDate;

/** A check-in: {@code status} ON_TRACK, AT_RISK or OFF_TRACK. */
record CheckInRecord(long sourceId, int sourceRow, String partnershipId, LocalDate checkInDate,
        String status, String notes) {
}
