package org.village.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class VolunteerHoursRowProcessor implements ItemProcessor<DatasetRow, VolunteerHoursRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    VolunteerHoursRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public VolunteerHoursRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        return new VolunteerHoursRecord(row.sourceId(), row.rowNumber(), partnershipId, month(row).toString(),
                checks.requiredNumber(row, Field.VOLUNTEER_HOURS), checks.optionalWholeNumber(row, Field.VOLUNTEERS));
    }

    /** "2026-10", "10/2026" or any date in the month. */
    private YearMonth month(DatasetRow row) {
        String text = checks.requiredText(row, Field.MONTH);
        try {
            return YearMonth.parse(text.length() == 6 ? text.substring(0, 4) + "-0" + text.substring(5) : text);
        }
        catch (DateTimeParseException notIso) {
            String[] parts = text.split("/");
            if (parts.length == 2 && parts[0].matches("\\d{1,2}") && parts[1].matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return YearMonth.from(checks.requiredDate(row, Field.MONTH));
        }
    }
}
