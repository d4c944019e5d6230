package org.village.ingest;

import java.math.BigDecimal;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class ContributionRowProcessor implements ItemProcessor<DatasetRow, ContributionRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    ContributionRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public ContributionRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        String kindText = checks.requiredText(row, Field.CONTRIBUTION_KIND);
        String kind = switch (Field.normalise(kindText)) {
            case "cash", "money", "monetary", "donation", "funds" -> "CASH";
            case "inkind", "goods", "services", "donatedgoods" -> "IN_KIND";
            case "grant", "grants" -> "GRANT";
            default -> throw RowChecks.reject(Field.CONTRIBUTION_KIND, kindText, RejectReason.UNKNOWN_CATEGORY,
                    "The kind '" + kindText + "' should be cash, in-kind or grant.");
        };
        BigDecimal amount = checks.optionalAmount(row, Field.AMOUNT);
        if (amount == null) {
            throw RowChecks.reject(Field.AMOUNT, "", RejectReason.MISSING_VALUE, "The amount is empty; fill it in.");
        }
        String funderText = checks.optionalText(row, Field.FUNDER);
        String funder = null;
        if (funderText != null) {
            String normalised = Field.normalise(funderText);
            if (normalised.contains("district")) {
                funder = "DISTRICT";
            }
            else if (normalised.contains("partner")) {
                funder = "PARTNER";
            }
            else {
                throw RowChecks.reject(Field.FUNDER, funderText, RejectReason.UNKNOWN_CATEGORY,
                        "The source '" + funderText + "' should be district or partner.");
            }
        }
        return new ContributionRecord(row.sourceId(), row.rowNumber(), partnershipId,
                checks.requiredDate(row, Field.CONTRIBUTION_DATE), kind, amount,
                checks.optionalText(row, Field.DESCRIPTION), funder);
    }
}
