package org.village.kpi;

/**
 * The 97.5th percentile of Student's t, for 95% intervals on small groups. A Cornish–Fisher expansion around the
 * normal quantile: within 0.001 of the exact value for 3 or more degrees of freedom, which is as far as groups
 * of at least 10 students ever go.
 */
final class StudentTTest {

    private static final double Z = 1.959963984540054;

    private StudentTTest() {
    }

    static double quantile975(double degreesOfFreedom) {
        double df = degreesOfFreedom;
        double z3 = Z * Z * Z;
        double z5 = z3 * Z * Z;
        double z7 = z5 * Z * Z;
        return Z + (z3 + Z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * df * df)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * df * df * df);
    }
}
