package org.village.ingest;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class ParticipationRowProcessor implements ItemProcessor<DatasetRow, ParticipationRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    ParticipationRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public ParticipationRecord process(DatasetRow row) {
        String partnershipId = reference.requirePartnership(checks.requiredIdentifier(row, Field.PARTNERSHIP_ID));
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        reference.requireStudent(studentId);
        Field dateField = row.has(Field.SESSION_DATE) ? Field.SESSION_DATE : Field.PERIOD_START;
        LocalDate date = checks.requiredDate(row, dateField);
        LocalDate periodEnd = checks.optionalDate(row, Field.PERIOD_END);
        if (periodEnd != null && periodEnd.isBefore(date)) {
            throw RowChecks.reject(Field.PERIOD_END, row.text(Field.PERIOD_END), RejectReason.DATES_REVERSED,
                    "The period ends (" + periodEnd + ") before it starts (" + date + ").");
        }
        LocalDate last = periodEnd != null ? periodEnd : date;
        checks.withinPeriod(row, row.period() != null && !row.period().contains(date, date) ? dateField
                : Field.PERIOD_END, date, last);
        // No weekend check: partners run Saturday programmes, and a session on a Saturday is as real as any.
        checks.notAfterToday(row, periodEnd != null ? Field.PERIOD_END : dateField, last);
        return new ParticipationRecord(row.sourceId(), row.rowNumber(), partnershipId, studentId, date, periodEnd,
                checks.optionalNumber(row, Field.HOURS), checks.optionalText(row, Field.ACTIVITY));
    }
}
