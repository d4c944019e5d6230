package org.village.kpi;

import java.math.MathContext;
import java.math.RoundingMode;

/** The precision the engine divides with, so hand-worked fractions compare exactly. */
final class AttendanceKpisTestMath {

    static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);

    private AttendanceKpisTestMath() {
    }
}
