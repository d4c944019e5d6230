package org.village.generate;

/**
 * The district's grading scale: percentages to letters by the common 10-point bands with plus and minus (93 and up
 * an A, 90 an A-, 87 a B+ … below 60 an F), letters to grade points on the 4.0 scale (A 4.0, A- 3.7, B+ 3.3 … F 0).
 */
final class MarkScale {

    private static final int[] LOWEST_PERCENT = {93, 90, 87, 83, 80, 77, 73, 70, 67, 63, 60, 0};
    private static final String[] LETTERS = {"A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"};
    private static final double[] POINTS = {4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0, 1.7, 1.3, 1.0, 0.7, 0};

    private MarkScale() {
    }

    /**
     * The percentage for a mark on a continuous grade-point scale: 55 + 10 points, so that a 3.8 is a 93 (an A) and
     * a 0.5 a 60 (a D-), and each band's grade points sit near the middle of the band.
     */
    static int percent(double latentPoints) {
        return (int) Math.max(0, Math.min(100, Math.round(55 + 10 * latentPoints)));
    }

    static String letter(int percent) {
        return LETTERS[band(percent)];
    }

    static double points(int percent) {
        return POINTS[band(percent)];
    }

    private static int band(int percent) {
        int i = 0;
        while (percent < LOWEST_PERCENT[i]) {
            i++;
        }
        return i;
    }
}
