package org.village.report;

/**
 * One number as a report printed it, for the figure ledger: its page, the section, row and column it sits in (their
 * labels as printed), the text printed and where it comes from. {@code kind} is the {@link Figure.Kind}'s name, or
 * {@code ESTIMATE} for an estimate of a rate printed in points with its interval (its source holds both),
 * {@code DECIMAL_ESTIMATE} one of a mean such as GPA, printed as it is; {@code value} is the number
 * before rounding, none where the figure is suppressed or missing. Holds no student: figures are about groups, and
 * labels name schools, partnerships, groups and months.
 */
public record DrawnFigure(int page, String section, String row, String column, String printed, String kind,
        Double value, FigureSource source) {

    public static final String ESTIMATE = "ESTIMATE";
    public static final String DECIMAL_ESTIMATE = "DECIMAL_ESTIMATE";
}
