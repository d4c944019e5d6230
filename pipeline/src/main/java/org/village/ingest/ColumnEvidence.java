package org.village.ingest;

import java.util.List;

/**
 * Whether a column's values look like a field's, judged on the first rows under the header: a column of P/A/T codes
 * is an attendance code, a column of Yes/No is not. It decides between columns whose headers could both name a field
 * (Contoso SIS exports {@code all_day} beside {@code AttendanceCode}); fields whose values have no shape of their own
 * (ids, names, free text) give no evidence.
 */
final class ColumnEvidence {

    /** Share of a column's non-empty sampled values that must fit for it to count as the field's. */
    static final double FITS = 0.8;

    enum Fit { FITS, DOES_NOT_FIT, NO_EVIDENCE }

    private final CellValues values;
    private final AttendanceCodes codes;
    private final GradeScale scale;

    ColumnEvidence(CellValues values, AttendanceCodes codes, GradeScale scale) {
        this.values = values;
        this.codes = codes;
        this.scale = scale;
    }

    Fit fit(Field field, List<String> sampled, boolean date1904) {
        int nonEmpty = 0;
        int fitting = 0;
        for (String raw : sampled) {
            String value = raw.trim();
            if (value.isEmpty()) {
                continue;
            }
            Boolean fits = fits(field, value, date1904);
            if (fits == null) {
                return Fit.NO_EVIDENCE;
            }
            nonEmpty++;
            if (fits) {
                fitting++;
            }
        }
        if (nonEmpty == 0) {
            return Fit.NO_EVIDENCE;
        }
        return fitting >= FITS * nonEmpty ? Fit.FITS : Fit.DOES_NOT_FIT;
    }

    /** What a field's values look like; TEXT for the fields any text can fill. */
    enum Shape { ATTENDANCE_CODE, MARK, DATE, NUMBER, AMOUNT, YES_NO, TEXT }

    static Shape shape(Field field) {
        return switch (field) {
            case ATTENDANCE_STATUS -> Shape.ATTENDANCE_CODE;
            case MARK -> Shape.MARK;
            case ENTRY_DATE, EXIT_DATE, PERIOD_START, PERIOD_END, ATTENDANCE_DATE, DATE_STORED, START_DATE, END_DATE,
                    BASELINE_START, BASELINE_END, GOAL_DATE, SESSION_DATE, CONTRIBUTION_DATE, CHECK_IN_DATE,
                    STORY_DATE -> Shape.DATE;
            case DAYS_ENROLLED, DAYS_PRESENT, DAYS_ABSENT, MINUTES, CREDITS, HOURS, VOLUNTEER_HOURS, VOLUNTEERS,
                    MINIMUM_DOSAGE -> Shape.NUMBER;
            case AMOUNT, DISTRICT_INVESTMENT, PARTNER_INVESTMENT -> Shape.AMOUNT;
            case ENGLISH_LEARNER, DISABILITY, ECONOMICALLY_DISADVANTAGED, HOMELESS, FOSTER, EXCLUDE_FROM_GPA,
                    CONSENT -> Shape.YES_NO;
            default -> Shape.TEXT;
        };
    }

    /** Whether one value fits the field, or null for a field any text can fill. */
    private Boolean fits(Field field, String value, boolean date1904) {
        return switch (shape(field)) {
            case ATTENDANCE_CODE -> codes.statusOf(value) != null;
            case MARK -> scale.points(value) != null;
            case DATE -> values.date(value, date1904) != null
                    || values.date(value, date1904, !values.dayBeforeMonth()) != null;
            case NUMBER -> CellValues.number(value) != null;
            case AMOUNT -> CellValues.amount(value) != null;
            case YES_NO -> CellValues.yesNo(value) != null;
            case TEXT -> null;
        };
    }

    /** True when a mark column holds letters (A, B+), which the transcript prints, rather than percentages. */
    static boolean holdsLetters(List<String> sampled) {
        long letters = sampled.stream().map(String::trim).filter(v -> !v.isEmpty())
                .filter(v -> Character.isLetter(v.charAt(0))).count();
        long nonEmpty = sampled.stream().map(String::trim).filter(v -> !v.isEmpty()).count();
        return nonEmpty > 0 && letters >= FITS * nonEmpty;
    }
}
