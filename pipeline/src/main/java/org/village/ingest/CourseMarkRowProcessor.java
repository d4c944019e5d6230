package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class CourseMarkRowProcessor implements ItemProcessor<DatasetRow, CourseMarkRecord> {

    /** A course sent without credits counts once, as one course among equals. */
    private static final BigDecimal DEFAULT_CREDITS = BigDecimal.ONE;

    private final RowChecks checks;
    private final ReferenceData reference;
    private final GradeScale scale;
    private final int schoolYearStartMonth;

    CourseMarkRowProcessor(RowChecks checks, ReferenceData reference, GradeScale scale, int schoolYearStartMonth) {
        this.checks = checks;
        this.reference = reference;
        this.scale = scale;
        this.schoolYearStartMonth = schoolYearStartMonth;
    }

    @Override
    public CourseMarkRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String schoolId = reference.optionalSchool(checks.optionalIdentifier(row, Field.SCHOOL_ID));
        String rosterSchool = reference.requireStudent(studentId, schoolId);
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
        String term = checks.requiredText(row, Field.TERM);
        LocalDate stored = checks.optionalDate(row, Field.DATE_STORED);
        return new CourseMarkRecord(row.sourceId(), row.rowNumber(), studentId,
                schoolId != null ? schoolId : rosterSchool, term, checks.requiredText(row, Field.COURSE), mark,
                points.value(), credits != null ? credits : DEFAULT_CREDITS, excluded, schoolYear(row, term, stored),
                stored);
    }

    /** From the school year column, else the date the mark was stored, else a year written into the term label. */
    private String schoolYear(DatasetRow row, String term, LocalDate stored) {
        String year = row.text(Field.SCHOOL_YEAR);
        String fromColumn = year.isEmpty() ? null : SchoolYearLabels.fromColumn(year);
        if (fromColumn != null) {
            return fromColumn;
        }
        if (stored != null) {
            return SchoolYearLabels.containing(stored, schoolYearStartMonth);
        }
        return SchoolYearLabels.inLabel(term);
    }
}
