package org.village.ingest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a mark as a school sends it into grade points on the 4.0 scale (product brief §2): a letter (A 4.0, A- 3.7,
 * B+ 3.3 … F 0), a percentage through a band table (93 and above A …), or grade points as they are. Both tables
 * are configurable. Marks such as P (pass), I (incomplete) or W (withdrawn) carry no grade points and are left out
 * of GPA rather than rejected.
 */
final class GradeScale {

    static final Map<String, BigDecimal> DEFAULT_LETTERS = letters("A+", "4.0", "A", "4.0", "A-", "3.7", "B+", "3.3",
            "B", "3.0", "B-", "2.7", "C+", "2.3", "C", "2.0", "C-", "1.7", "D+", "1.3", "D", "1.0", "D-", "0.7", "F",
            "0", "E", "0");

    /** Lowest percentage for each letter. */
    static final Map<String, BigDecimal> DEFAULT_PERCENT_BANDS = letters("A", "93", "A-", "90", "B+", "87", "B", "83",
            "B-", "80", "C+", "77", "C", "73", "C-", "70", "D+", "67", "D", "63", "D-", "60", "F", "0");

    static final Set<String> NOT_FOR_GPA = Set.of("P", "PASS", "NP", "I", "INC", "W", "WD", "NG", "AU", "CR", "NC",
            "EX", "S", "U");

    /** Grade points above this are read as a percentage; 4.5 leaves room for weighted scales' 4.3. */
    private static final BigDecimal HIGHEST_POINTS = new BigDecimal("4.5");
    private static final BigDecimal FOUR = new BigDecimal("4.0");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Points(BigDecimal value, boolean countsTowardGpa) {
    }

    private final Map<String, BigDecimal> letters;
    private final NavigableMap<BigDecimal, BigDecimal> bands = new TreeMap<>();

    GradeScale(Map<String, BigDecimal> letters, Map<String, BigDecimal> percentBands) {
        this.letters = new LinkedHashMap<>();
        letters.forEach((letter, points) -> this.letters.put(letter.toUpperCase(Locale.ROOT), points));
        percentBands.forEach((letter, lowest) -> {
            BigDecimal points = this.letters.get(letter.toUpperCase(Locale.ROOT));
            if (points == null) {
                throw new IllegalStateException("The percentage band for '" + letter
                        + "' names a letter the grade scale does not have");
            }
            bands.put(lowest, points);
        });
    }

    static GradeScale standard() {
        return new GradeScale(DEFAULT_LETTERS, DEFAULT_PERCENT_BANDS);
    }

    /** The mark's grade points, or null when it is no mark the scale knows. */
    Points points(String mark) {
        String text = mark.trim().toUpperCase(Locale.ROOT);
        if (NOT_FOR_GPA.contains(text)) {
            return new Points(BigDecimal.ZERO, false);
        }
        BigDecimal letter = letters.get(text);
        if (letter != null) {
            return new Points(letter, true);
        }
        boolean percentSign = text.endsWith("%");
        BigDecimal number = CellValues.number(percentSign ? text.substring(0, text.length() - 1) : text);
        if (number == null || number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
            return null;
        }
        if (!percentSign && number.compareTo(HIGHEST_POINTS) <= 0) {
            return new Points(number.min(FOUR), true);
        }
        var band = bands.floorEntry(number);
        return band == null ? null : new Points(band.getValue(), true);
    }

    private static Map<String, BigDecimal> letters(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }
}
