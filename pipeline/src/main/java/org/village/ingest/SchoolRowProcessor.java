package org.village.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class SchoolRowProcessor implements ItemProcessor<DatasetRow, SchoolRecord> {

    private final RowChecks checks;
    private final ListedIds listed = new ListedIds();

    SchoolRowProcessor(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public SchoolRecord process(DatasetRow row) {
        String level = row.text(Field.SCHOOL_LEVEL);
        return new SchoolRecord(row.sourceId(),
                listed.once(Field.SCHOOL_ID, checks.requiredIdentifier(row, Field.SCHOOL_ID), row.rowNumber(), "school"),
                checks.requiredText(row, Field.SCHOOL_NAME), level.isEmpty() ? null : level);
    }
}
