package org.village.report;

/**
 * One printable number. A suppressed figure carries neither its value nor its n, so nothing downstream can print
 * them by mistake; it prints as {@code n<10} (the configured minimum). A {@code withheld} one is suppressed too, but
 * rests on enough students: it is hidden only so that a smaller group cannot be worked out from a total and the
 * other figures, and says so instead of claiming a small group. The {@code SIGNED_} kinds and {@code POINTS} are
 * changes, printed with their sign. {@code source} says which stored figure it is, for the figure ledger; {@code null}
 * for a number the report model made up itself.
 */
public record Figure(Kind kind, Double value, int n, boolean suppressed, boolean withheld, FigureSource source) {

    public enum Kind { PERCENT, COUNT, MONEY, DECIMAL, POINTS, SIGNED_COUNT, SIGNED_MONEY, SIGNED_DECIMAL }

    public Figure {
        if (withheld) {
            suppressed = true;
        }
        if (suppressed) {
            value = null;
            n = 0;
        }
    }

    public Figure(Kind kind, Double value, int n, boolean suppressed) {
        this(kind, value, n, suppressed, false, null);
    }

    /** The same figure, saying where it comes from. */
    public Figure from(FigureSource from) {
        return new Figure(kind, value, n, suppressed, withheld, from);
    }

    public static Figure percent(double fraction, int n) {
        return new Figure(Kind.PERCENT, fraction, n, false);
    }

    public static Figure count(long count) {
        return new Figure(Kind.COUNT, (double) count, (int) count, false);
    }

    public static Figure money(double dollars) {
        return new Figure(Kind.MONEY, dollars, 0, false);
    }

    public static Figure suppressed(Kind kind, int n) {
        return new Figure(kind, null, n, true);
    }

    /** Hidden to protect another, smaller group (complementary suppression), not for its own size. */
    public static Figure withheld(Kind kind) {
        return new Figure(kind, null, 0, true, true, null);
    }

    public static Figure missing(Kind kind) {
        return new Figure(kind, null, 0, false);
    }

    public boolean isMissing() {
        return !suppressed && value == null;
    }

    public boolean isShown() {
        return !suppressed && value != null;
    }

    /**
     * The change from {@code before} to {@code now}: a percentage becomes points, anything else a signed figure of its
     * kind. Suppressed if either side is (a change would give the hidden value away), and withheld rather than
     * suppressed where neither side rests on a small group; missing if either is missing. Its source is the one of
     * {@code now} less the one of {@code before}, where both have one.
     */
    public static Figure change(Figure now, Figure before) {
        Kind kind = switch (now.kind()) {
            case PERCENT, POINTS -> Kind.POINTS;
            case COUNT, SIGNED_COUNT -> Kind.SIGNED_COUNT;
            case MONEY, SIGNED_MONEY -> Kind.SIGNED_MONEY;
            case DECIMAL, SIGNED_DECIMAL -> Kind.SIGNED_DECIMAL;
        };
        FigureSource source = now.source() == null || before == null || before.source() == null ? null
                : now.source().minus(before.source());
        if (now.suppressed() || before == null || before.suppressed()) {
            boolean smallGroup = now.suppressed() && !now.withheld()
                    || before == null || before.suppressed() && !before.withheld();
            return (smallGroup ? suppressed(kind, 0) : withheld(kind)).from(source);
        }
        if (now.value() == null || before.value() == null) {
            return missing(kind).from(source);
        }
        return new Figure(kind, now.value() - before.value(), Math.min(now.n(), before.n()), false, false, source);
    }
}
