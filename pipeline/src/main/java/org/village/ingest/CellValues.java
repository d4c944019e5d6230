package org.village.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns raw cell text into typed values the way the product brief lists them: Excel dates in either date system,
 * serial numbers, ISO and slashed dates (day/month order from the sheet's own dates, else the district's configured
 * order: see {@link SheetDates}), numbers as text.
 * Each method returns {@code null} for a value it cannot read; the caller says what was wrong.
 */
final class CellValues {

    /** Dates outside this range are almost always a mistyped year or a number read as a date. */
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Day 0 of each Excel date system, counted so that day 61 of 1900's is 1 March 1900 (Excel's leap-year bug). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int FIRST_PLAIN_SERIAL = 61;

    private static final List<DateTimeFormatter> DAY_FIRST = List.of(strict("d/M/uuuu"), strict("d/M/uu"),
            strict("d.M.uuuu"));
    private static final List<DateTimeFormatter> MONTH_FIRST = List.of(strict("M/d/uuuu"), strict("M/d/uu"));

    private final boolean dayBeforeMonth;

    CellValues(boolean dayBeforeMonth) {
        this.dayBeforeMonth = dayBeforeMonth;
    }

    /** Whether slashed dates are read day first when the sheet does not say: the district's order. */
    boolean dayBeforeMonth() {
        return dayBeforeMonth;
    }

    LocalDate date(String raw, boolean date1904) {
        return date(raw, date1904, dayBeforeMonth);
    }

    /** A date whose slashed form is read in the order given, the one its sheet's dates settled on. */
    LocalDate date(String raw, boolean date1904, boolean dayFirst) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = wholeSerialOrIsoDate(text, date1904);
        if (date == null) {
            date = serialDate(text, date1904);
        }
        if (date == null) {
            date = parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text, dayFirst);
        }
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST) ? date : null;
    }

    /**
     * The two forms nearly every row of a large file has, read without a parser: a whole serial day (an Excel date
     * cell) and {@code 2026-10-05}. Anything else, or anything these cannot settle, goes the general way below.
     * Whole serials below {@link #FIRST_PLAIN_SERIAL} (1900's phantom 29 February and before) are left to POI.
     */
    private static LocalDate wholeSerialOrIsoDate(String text, boolean date1904) {
        int length = text.length();
        if (length >= 2 && length <= 6 && allDigits(text, 0, length)) {
            int serial = Integer.parseInt(text);
            if (date1904) {
                return EPOCH_1904.plusDays(serial);
            }
            return serial >= FIRST_PLAIN_SERIAL ? EPOCH_1900.plusDays(serial) : null;
        }
        if (length >= 8 && length <= 10 && text.charAt(4) == '-' && allDigits(text, 0, 4)) {
            int secondDash = text.indexOf('-', 5);
            if (secondDash == 6 || secondDash == 7) {
                if (allDigits(text, 5, secondDash) && secondDash + 1 < length && length - secondDash <= 3
                        && allDigits(text, secondDash + 1, length)) {
                    try {
                        return LocalDate.of(Integer.parseInt(text, 0, 4, 10),
                                Integer.parseInt(text, 5, secondDash, 10),
                                Integer.parseInt(text, secondDash + 1, length, 10));
                    }
                    catch (DateTimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate serialDate(String text, boolean date1904) {
        BigDecimal serial = number(text);
        if (serial == null) {
            return null;
        }
        double days = serial.doubleValue();
        if (!DateUtil.isValidExcelDate(days)) {
            return null;
        }
        try {
            return DateUtil.getLocalDateTime(days, date1904).toLocalDate();
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parse(String text, boolean dayFirst) {
        try {
            return LocalDate.parse(text, ISO);
        }
        catch (DateTimeParseException ignored) {
            // not ISO; try the district's slashed forms below
        }
        for (DateTimeFormatter format : dayFirst ? DAY_FIRST : MONTH_FIRST) {
            try {
                return LocalDate.parse(text, format);
            }
            catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** What a slashed date's own numbers say of its order: 21/10/2026 is day first, 10/21/2026 month first. */
    enum Order { DAY_FIRST, MONTH_FIRST, EITHER }

    /**
     * The order a text date must be in, from its two leading numbers: a number above 12 cannot be a month. EITHER
     * when both could be (09/10/2026); null when the text is no slashed or dotted date, or reads the same both ways
     * (10/10/2026).
     */
    static Order order(String raw) {
        String text = raw.trim();
        int first = separator(text, 0);
        if (first < 1 || first > 2) {
            return null;
        }
        int second = separator(text, first + 1);
        if (second < first + 2 || second > first + 3 || text.charAt(second) != text.charAt(first)
                || !allDigits(text, 0, first) || !allDigits(text, first + 1, second)) {
            return null;
        }
        int a = Integer.parseInt(text, 0, first, 10);
        int b = Integer.parseInt(text, first + 1, second, 10);
        if (a == b || a == 0 || b == 0 || (a > 12 && b > 12)) {
            return null;
        }
        return a > 12 ? Order.DAY_FIRST : b > 12 ? Order.MONTH_FIRST : Order.EITHER;
    }

    private static int separator(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '.') {
                return i;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return -1;
    }

    /** A plain decimal number; thousands separators and surrounding spaces are tolerated, words are not. */
    static BigDecimal number(String raw) {
        String text = raw.trim().replace(",", "");
        if (text.isEmpty() || !numberCharacters(text)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether every ASCII character is one a decimal number can hold. Most text that is not a number fails here,
     * without the cost of an exception; the rest is settled by {@link BigDecimal}.
     */
    private static boolean numberCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && (c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }

    /**
     * An identifier as sent. A numeric cell holding an id comes back from Excel as "4512" or, when Excel stored it
     * as a float, "4512.0"; the trailing ".0" is not part of anyone's id.
     */
    static String identifier(String raw) {
        String text = raw.trim();
        if (text.endsWith(".0") && text.length() > 2 && text.chars().limit(text.length() - 2L).allMatch(Character::isDigit)) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Y/N, Yes/No, 1/0, TRUE/FALSE, X (a ticked box); null for anything else. */
    static Boolean yesNo(String raw) {
        return switch (raw.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES", "1", "TRUE", "T", "X", "SI", "SÍ" -> Boolean.TRUE;
            case "N", "NO", "0", "FALSE", "F" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Dollars as people type them: "$1,200.50", "1200.5", "USD 300". */
    static BigDecimal amount(String raw) {
        String text = raw.trim().replace("$", "").replace("USD", "").replace("US", "").trim();
        return number(text);
    }

    /**
     * A rate or share: "95%", "95" and "0.95" are all 0.95. Whole numbers above 1 are read as percentages, because
     * a share above 100% is never meant.
     */
    static BigDecimal rate(String raw) {
        String text = raw.trim();
        boolean percent = text.endsWith("%");
        BigDecimal value = number(percent ? text.substring(0, text.length() - 1) : text);
        if (value == null) {
            return null;
        }
        return percent || value.compareTo(BigDecimal.ONE) > 0 ? value.movePointLeft(2) : value;
    }
}
