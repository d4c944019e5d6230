package org.village.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class SchoolRowProcessor implements ItemProcessor<DatasetRow, SchoolRecord> {

    private final RowChecks checks;

    SchoolRowProcessor(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public SchoolRecord process(DatasetRow row) {
        String level = row.text(Field.SCHOOL_LEVEL);
        return new SchoolRecord(row.sourceId(), checks.requiredIdentifier(row, Field.SCHOOL_ID),
                checks.requiredText(row, Field.SCHOOL_NAME), level.isEmpty() ? null : level);
    }
}
