package org.village.ingest;

import java.math.BigDecimal;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class CourseMarkRowProcessor implements ItemProcessor<DatasetRow, CourseMarkRecord> {

    /** A course sent without credits counts once, as one course among equals. */
    private static final BigDecimal DEFAULT_CREDITS = BigDecimal.ONE;

    private final RowChecks checks;
    private final ReferenceData reference;
    private final GradeScale scale;

    CourseMarkRowProcessor(RowChecks checks, ReferenceData reference, GradeScale scale) {
        this.checks = checks;
        this.reference = reference;
        this.scale = scale;
    }

    @Override
    public CourseMarkRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String rosterSchool = reference.requireStudent(studentId);
        String mark = checks.requiredText(row, Field.MARK);
        GradeScale.Points points = scale.points(mark);
        if (points == null) {
            throw RowChecks.reject(Field.MARK, mark, RejectReason.UNKNOWN_MARK, "The mark '" + mark + "' is not a "
                    + "letter, percentage or grade points on the district's grade scale.");
        }
        BigDecimal credits = checks.optionalNumber(row, Field.CREDITS);
        Boolean excludedFlag = checks.optionalYesNo(row, Field.EXCLUDE_FROM_GPA);
        boolean excluded = !points.countsTowardGpa() || Boolean.TRUE.equals(excludedFlag)
                || (credits != null && credits.signum() == 0);
        String schoolId = checks.optionalIdentifier(row, Field.SCHOOL_ID);
        return new CourseMarkRecord(row.sourceId(), row.rowNumber(), studentId,
                schoolId != null ? schoolId : rosterSchool, checks.requiredText(row, Field.TERM),
                checks.requiredText(row, Field.COURSE), mark, points.value(),
                credits != null ? credits : DEFAULT_CREDITS, excluded);
    }
}
