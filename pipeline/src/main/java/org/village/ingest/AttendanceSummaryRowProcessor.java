package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class AttendanceSummaryRowProcessor implements ItemProcessor<DatasetRow, AttendanceSummaryRecord> {

    private final RowChecks checks;
    private final StudentSchools studentSchools;

    AttendanceSummaryRowProcessor(RowChecks checks, StudentSchools studentSchools) {
        this.checks = checks;
        this.studentSchools = studentSchools;
    }

    @Override
    public AttendanceSummaryRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String rosterSchool = studentSchools.schoolOf(studentId);
        if (rosterSchool == null) {
            throw new RowRejectedException(Field.STUDENT_ID, studentId, "This student id is on no roster Village "
                    + "has received; check the id, or send the roster that lists the student.");
        }
        String schoolId = checks.optionalIdentifier(row, Field.SCHOOL_ID);
        LocalDate start = checks.requiredDate(row, Field.PERIOD_START);
        LocalDate end = checks.requiredDate(row, Field.PERIOD_END);
        if (end.isBefore(start)) {
            throw new RowRejectedException(Field.PERIOD_END, row.text(Field.PERIOD_END),
                    "The period ends (" + end + ") before it starts (" + start + ").");
        }
        BigDecimal enrolled = checks.requiredDays(row, Field.DAYS_ENROLLED);
        long calendarDays = ChronoUnit.DAYS.between(start, end) + 1;
        if (enrolled.compareTo(BigDecimal.valueOf(calendarDays)) > 0) {
            throw new RowRejectedException(Field.DAYS_ENROLLED, row.text(Field.DAYS_ENROLLED),
                    "Days enrolled (" + enrolled.toPlainString() + ") is more than the " + calendarDays
                            + " days from " + start + " to " + end + ".");
        }
        return new AttendanceSummaryRecord(row.sourceId(), row.rowNumber(), studentId,
                schoolId != null ? schoolId : rosterSchool, start, end, enrolled, daysPresent(row, enrolled));
    }

    private BigDecimal daysPresent(DatasetRow row, BigDecimal enrolled) {
        BigDecimal present = checks.optionalDays(row, Field.DAYS_PRESENT);
        if (present != null) {
            if (present.compareTo(enrolled) > 0) {
                throw new RowRejectedException(Field.DAYS_PRESENT, row.text(Field.DAYS_PRESENT),
                        "Days present (" + present.toPlainString() + ") is more than days enrolled ("
                                + enrolled.toPlainString() + "); a student cannot attend more days than enrolled.");
            }
            return present;
        }
        BigDecimal absent = checks.optionalDays(row, Field.DAYS_ABSENT);
        if (absent == null) {
            throw new RowRejectedException(row.has(Field.DAYS_PRESENT) ? Field.DAYS_PRESENT : Field.DAYS_ABSENT, "",
                    "Neither days present nor days absent is filled in.");
        }
        if (absent.compareTo(enrolled) > 0) {
            throw new RowRejectedException(Field.DAYS_ABSENT, row.text(Field.DAYS_ABSENT),
                    "Days absent (" + absent.toPlainString() + ") is more than days enrolled ("
                            + enrolled.toPlainString() + ").");
        }
        return enrolled.subtract(absent);
    }
}
