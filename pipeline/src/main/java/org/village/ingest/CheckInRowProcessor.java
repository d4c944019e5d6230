package org.village.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class CheckInRowProcessor implements ItemProcessor<DatasetRow, CheckInRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    CheckInRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public CheckInRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        String statusText = checks.requiredText(row, Field.CHECK_IN_STATUS);
        String status = switch (Field.normalise(statusText)) {
            case "ontrack", "green", "good" -> "ON_TRACK";
            case "atrisk", "amber", "yellow", "watch" -> "AT_RISK";
            case "offtrack", "red", "behind" -> "OFF_TRACK";
            default -> throw RowChecks.reject(Field.CHECK_IN_STATUS, statusText, RejectReason.UNKNOWN_CATEGORY,
                    "The status '" + statusText + "' should be on track, at risk or off track.");
        };
        return new CheckInRecord(row.sourceId(), row.rowNumber(), partnershipId,
                checks.requiredDate(row, Field.CHECK_IN_DATE), status, checks.optionalText(row, Field.NOTES));
    }
}
