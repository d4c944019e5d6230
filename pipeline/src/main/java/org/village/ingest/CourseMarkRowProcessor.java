package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class CourseMarkRowProcessor implements ItemProcessor<DatasetRow, CourseMarkRecord> {

    /** A course sent without credits counts once, as one course among equals. */
    private static final BigDecimal DEFAULT_CREDITS = BigDecimal.ONE;

    /** "2025-26", "2025-2026" or "2025/26" inside a term label such as "Q1 2025-26". */
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

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
        if (!year.isEmpty()) {
            Matcher span = YEAR_SPAN.matcher(year);
            if (span.find()) {
                return label(Integer.parseInt(span.group(1)));
            }
            if (year.matches("\\d{4}")) {
                return label(Integer.parseInt(year) - 1);
            }
        }
        if (stored != null) {
            return label(stored.getMonthValue() >= schoolYearStartMonth ? stored.getYear() : stored.getYear() - 1);
        }
        Matcher inTerm = YEAR_SPAN.matcher(term);
        return inTerm.find() ? label(Integer.parseInt(inTerm.group(1))) : null;
    }

    private static String label(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
