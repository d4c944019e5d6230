package org.village.ingest;

import java.time.LocalDate;

/**
 * A term's dates as sent: {@code schoolId} null for a term of every school, {@code schoolYear} "2025-26",
 * {@code startDate} null where not sent.
 */
record TermDateRecord(long sourceId, int sourceRow, String schoolId, String schoolYear, String term,
        LocalDate startDate, LocalDate endDate) {
}
