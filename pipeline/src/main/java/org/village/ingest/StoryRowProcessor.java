package org.village.ingest;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class StoryRowProcessor implements ItemProcessor<DatasetRow, StoryRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    StoryRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    /**
     * Consent must be an explicit yes: a story with no answer is kept but never published, and of it only the title
     * and the consent flag are stored, since its text, quote and attribution name students.
     */
    @Override
    public StoryRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        LocalDate date = checks.requiredDate(row, Field.STORY_DATE);
        String title = checks.requiredText(row, Field.TITLE);
        String text = checks.requiredText(row, Field.STORY);
        String quote = checks.optionalText(row, Field.QUOTE);
        String attribution = checks.optionalText(row, Field.ATTRIBUTION);
        if (!Boolean.TRUE.equals(checks.optionalYesNo(row, Field.CONSENT))) {
            return new StoryRecord(row.sourceId(), row.rowNumber(), partnershipId, date, title, null, null, null,
                    false);
        }
        return new StoryRecord(row.sourceId(), row.rowNumber(), partnershipId, date, title, text, quote,
                attribution, true);
    }
}
