package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money or goods given: {@code kind} CASH, IN_KIND or GRANT; {@code funder} DISTRICT or PARTNER. */
record ContributionRecord(long sourceId, int sourceRow, String partnershipId, LocalDate contributionDate,
        String kind, BigDecimal amount, String description, String funder) {
}
