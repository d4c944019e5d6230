package org.village.kpi;

import java.util.List;

/**
 * The estimated association of a partnership with an outcome: the participants' mean change from the baseline period
 * to now, minus the comparison students' mean change, with a 95% interval from Welch's t (unequal variances,
 * Welch–Satterthwaite degrees of freedom). An association, not proof of cause: participants were chosen, not
 * drawn at random.
 */
record DifferenceInDifferences(double participantsChange, int participants, double comparisonChange, int comparison,
        double effect, double lower, double upper) {

    /** Null when either group has fewer than two students with both periods: no spread, no interval. */
    static DifferenceInDifferences of(List<Double> participantChanges, List<Double> comparisonChanges) {
        int np = participantChanges.size();
        int nc = comparisonChanges.size();
        if (np < 2 || nc < 2) {
            return null;
        }
        double meanP = mean(participantChanges);
        double meanC = mean(comparisonChanges);
        double varP = variance(participantChanges, meanP) / np;
        double varC = variance(comparisonChanges, meanC) / nc;
        double se = Math.sqrt(varP + varC);
        double effect = meanP - meanC;
        double df = se == 0 ? Double.POSITIVE_INFINITY
                : Math.pow(varP + varC, 2) / (varP * varP / (np - 1) + varC * varC / (nc - 1));
        double t = Double.isInfinite(df) ? 1.959963984540054 : StudentTTest.quantile975(df);
        return new DifferenceInDifferences(meanP, np, meanC, nc, effect, effect - t * se, effect + t * se);
    }

    boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    private static double variance(List<Double> values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.size() - 1);
    }
}
