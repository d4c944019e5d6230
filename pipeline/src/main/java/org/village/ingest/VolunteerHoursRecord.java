package org.village.ingest;

import java.math.BigDecimal;

/** Volunteers' time for a partnership in a month ({@code reportMonth} as 2026-10). */
record VolunteerHoursRecord(long sourceId, int sourceRow, String partnershipId, String reportMonth,
        BigDecimal hours, Integer volunteers) {
}
