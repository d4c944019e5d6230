package org.village.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class StoryRowProcessor implements ItemProcessor<DatasetRow, StoryRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    StoryRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    /** Consent must be an explicit yes: a story with no answer is kept but never published. */
    @Override
    public StoryRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        return new StoryRecord(row.sourceId(), row.rowNumber(), partnershipId,
                checks.requiredDate(row, Field.STORY_DATE), checks.requiredText(row, Field.TITLE),
                checks.requiredText(row, Field.STORY), checks.optionalText(row, Field.QUOTE),
                checks.optionalText(row, Field.ATTRIBUTION),
                Boolean.TRUE.equals(checks.optionalYesNo(row, Field.CONSENT)));
    }
}
