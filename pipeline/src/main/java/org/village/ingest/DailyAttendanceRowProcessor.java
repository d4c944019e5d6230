package org.village.ingest;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class DailyAttendanceRowProcessor implements ItemProcessor<DatasetRow, DailyAttendanceRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;
    private final AttendanceCodes codes;

    DailyAttendanceRowProcessor(RowChecks checks, ReferenceData reference, AttendanceCodes codes) {
        this.checks = checks;
        this.reference = reference;
        this.codes = codes;
    }

    @Override
    public DailyAttendanceRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String schoolId = reference.optionalSchool(checks.optionalIdentifier(row, Field.SCHOOL_ID));
        String rosterSchool = reference.requireStudent(studentId, schoolId);
        String code = checks.requiredText(row, Field.ATTENDANCE_STATUS);
        AttendanceCodes.Status status = codes.statusOf(code);
        if (status == null) {
            throw RowChecks.reject(Field.ATTENDANCE_STATUS, code, RejectReason.UNKNOWN_ATTENDANCE_CODE,
                    "The attendance code '" + code + "' is not one Village knows; add what it means to the "
                            + "configuration (village.ingest.attendance-codes) or correct it.");
        }
        LocalDate date = checks.requiredDate(row, Field.ATTENDANCE_DATE);
        checks.withinPeriod(row, Field.ATTENDANCE_DATE, date, date);
        checks.notAfterToday(row, Field.ATTENDANCE_DATE, date);
        checks.onSchoolDay(row, Field.ATTENDANCE_DATE, date);
        return new DailyAttendanceRecord(row.sourceId(), row.rowNumber(), studentId,
                schoolId != null ? schoolId : rosterSchool, date,
                String.valueOf(status.code()), checks.optionalWholeNumber(row, Field.MINUTES));
    }
}
