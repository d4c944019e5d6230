package org.village.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class PartnershipRowProcessor implements ItemProcessor<DatasetRow, PartnershipRecord> {

    private final RowChecks checks;
    private final ListedIds listed = new ListedIds();

    PartnershipRowProcessor(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public PartnershipRecord process(DatasetRow row) {
        LocalDate start = checks.requiredDate(row, Field.START_DATE);
        LocalDate end = checks.optionalDate(row, Field.END_DATE);
        if (end != null && end.isBefore(start)) {
            throw RowChecks.reject(Field.END_DATE, row.text(Field.END_DATE), RejectReason.DATES_REVERSED,
                    "The partnership ends (" + end + ") before it starts (" + start + ").");
        }
        LocalDate baselineStart = checks.optionalDate(row, Field.BASELINE_START);
        LocalDate baselineEnd = checks.optionalDate(row, Field.BASELINE_END);
        if (baselineStart != null && baselineEnd != null && baselineEnd.isBefore(baselineStart)) {
            throw RowChecks.reject(Field.BASELINE_END, row.text(Field.BASELINE_END), RejectReason.DATES_REVERSED,
                    "The baseline ends (" + baselineEnd + ") before it starts (" + baselineStart + ").");
        }
        List<String> schools = Arrays.stream(checks.requiredText(row, Field.SCHOOLS_SERVED).split("[;,|/]"))
                .map(CellValues::identifier)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        String partnershipId = listed.once(Field.PARTNERSHIP_ID, checks.requiredIdentifier(row, Field.PARTNERSHIP_ID),
                row.rowNumber(), "partnership");
        return new PartnershipRecord(row.sourceId(), partnershipId,
                checks.requiredText(row, Field.PARTNER_NAME), checks.requiredText(row, Field.PARTNERSHIP_TYPE),
                start, end, baselineStart, baselineEnd, checks.optionalAmount(row, Field.DISTRICT_INVESTMENT),
                checks.optionalAmount(row, Field.PARTNER_INVESTMENT), checks.optionalText(row, Field.CHECK_IN_CADENCE),
                checks.optionalNumber(row, Field.MINIMUM_DOSAGE), schools);
    }
}
