package org.village.ingest;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A term's label and last day, with its school year (from the column, else the one its last day falls in) and, where
 * the row names one, its school, checked against the schools list.
 */
class TermDateRowProcessor implements ItemProcessor<DatasetRow, TermDateRecord> {

    private final RowChecks checks;
    private final ReferenceData reference;
    private final int schoolYearStartMonth;

    TermDateRowProcessor(RowChecks checks, ReferenceData reference, int schoolYearStartMonth) {
        this.checks = checks;
        this.reference = reference;
        this.schoolYearStartMonth = schoolYearStartMonth;
    }

    @Override
    public TermDateRecord process(DatasetRow row) {
        String term = checks.requiredText(row, Field.TERM);
        String schoolId = reference.optionalSchool(checks.optionalIdentifier(row, Field.SCHOOL_ID));
        LocalDate end = checks.requiredDate(row, Field.PERIOD_END);
        LocalDate start = checks.optionalDate(row, Field.PERIOD_START);
        if (start != null && start.isAfter(end)) {
            throw RowChecks.reject(Field.PERIOD_END, row.text(Field.PERIOD_END), RejectReason.DATES_REVERSED, "The term ends ("
                    + end + ") before it starts (" + start + "); check the two dates.");
        }
        String column = row.text(Field.SCHOOL_YEAR);
        String schoolYear = column.isEmpty() ? SchoolYearLabels.containing(end, schoolYearStartMonth)
                : SchoolYearLabels.fromColumn(column);
        if (schoolYear == null) {
            throw RowChecks.reject(Field.SCHOOL_YEAR, column, RejectReason.BAD_DATE, "The school year '" + column
                    + "' is not one Village reads; write it as 2025-26, 2025-2026 or the year it ends, 2026.");
        }
        return new TermDateRecord(row.sourceId(), row.rowNumber(), schoolId, schoolYear, term, start, end);
    }
}
