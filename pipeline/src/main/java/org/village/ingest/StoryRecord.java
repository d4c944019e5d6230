package org.village.ingest;

import java.time.LocalDate;

/** A partner's success story; only consented stories are ever published. */
record StoryRecord(long sourceId, int sourceRow, String partnershipId, LocalDate storyDate, String title,
        String storyText, String quote, String attribution, boolean consent) {
}
