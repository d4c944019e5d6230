package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class AttendanceSummaryRowProcessor implements ItemProcessor<DatasetRow, AttendanceSummaryRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;

    AttendanceSummaryRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public AttendanceSummaryRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String schoolId = reference.optionalSchool(checks.optionalIdentifier(row, Field.SCHOOL_ID));
        String rosterSchool = reference.requireStudent(studentId, schoolId);
        LocalDate start = checks.requiredDate(row, Field.PERIOD_START);
        LocalDate end = checks.requiredDate(row, Field.PERIOD_END);
        if (end.isBefore(start)) {
            throw RowChecks.reject(Field.PERIOD_END, row.text(Field.PERIOD_END), RejectReason.DATES_REVERSED,
                    "The period ends (" + end + ") before it starts (" + start + ").");
        }
        checks.withinPeriod(row, row.period() != null && !row.period().contains(start, start) ? Field.PERIOD_START
                : Field.PERIOD_END, start, end);
        checks.notAfterToday(row, Field.PERIOD_END, end);
        BigDecimal enrolled = checks.requiredNumber(row, Field.DAYS_ENROLLED);
        checks.wholeDays(row, Field.DAYS_ENROLLED, enrolled);
        long schoolDays = weekdays(start, end);
        if (enrolled.compareTo(BigDecimal.valueOf(schoolDays)) > 0) {
            throw RowChecks.reject(Field.DAYS_ENROLLED, row.text(Field.DAYS_ENROLLED),
                    RejectReason.ENROLLED_ABOVE_PERIOD, "Days enrolled (" + enrolled.toPlainString()
                            + ") is more than the " + schoolDays + " school days (Monday to Friday) from " + start
                            + " to " + end + ".");
        }
        return new AttendanceSummaryRecord(row.sourceId(), row.rowNumber(), studentId,
                schoolId != null ? schoolId : rosterSchool, start, end, enrolled, daysPresent(row, enrolled));
    }

    private BigDecimal daysPresent(DatasetRow row, BigDecimal enrolled) {
        BigDecimal present = checks.optionalNumber(row, Field.DAYS_PRESENT);
        checks.wholeDays(row, Field.DAYS_PRESENT, present);
        if (present != null) {
            if (present.compareTo(enrolled) > 0) {
                throw RowChecks.reject(Field.DAYS_PRESENT, row.text(Field.DAYS_PRESENT),
                        RejectReason.PRESENT_ABOVE_ENROLLED, "Days present (" + present.toPlainString()
                                + ") is more than days enrolled (" + enrolled.toPlainString()
                                + "); a student cannot attend more days than enrolled.");
            }
            return present;
        }
        BigDecimal absent = checks.optionalNumber(row, Field.DAYS_ABSENT);
        checks.wholeDays(row, Field.DAYS_ABSENT, absent);
        if (absent == null) {
            throw RowChecks.reject(row.has(Field.DAYS_PRESENT) ? Field.DAYS_PRESENT : Field.DAYS_ABSENT, "",
                    RejectReason.MISSING_VALUE, "Neither days present nor days absent is filled in.");
        }
        if (absent.compareTo(enrolled) > 0) {
            throw RowChecks.reject(Field.DAYS_ABSENT, row.text(Field.DAYS_ABSENT), RejectReason.ABSENT_ABOVE_ENROLLED,
                    "Days absent (" + absent.toPlainString() + ") is more than days enrolled ("
                            + enrolled.toPlainString() + ").");
        }
        return enrolled.subtract(absent);
    }

    /** The weekdays from start to end, both counted: the most school days a period can have, no calendar known. */
    private static long weekdays(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long weekdays = days / 7 * 5;
        LocalDate day = start.plusDays(days / 7 * 7);
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                weekdays++;
            }
        }
        return weekdays;
    }
}
