package org.village.report;

/**
 * One printable number. A suppressed figure carries neither its value nor its n, so nothing downstream can print
 * them by mistake; it prints as {@code n<10} (the configured minimum).
 */
public record Figure(Kind kind, Double value, int n, boolean suppressed) {

    public enum Kind { PERCENT, COUNT }

    public Figure {
        if (suppressed) {
            value = null;
            n = 0;
        }
    }

    public static Figure percent(double fraction, int n) {
        return new Figure(Kind.PERCENT, fraction, n, false);
    }

    public static Figure count(long count) {
        return new Figure(Kind.COUNT, (double) count, (int) count, false);
    }

    public static Figure suppressed(Kind kind, int n) {
        return new Figure(kind, null, n, true);
    }

    public static Figure missing(Kind kind) {
        return new Figure(kind, null, 0, false);
    }

    public boolean isMissing() {
        return !suppressed && value == null;
    }
}
