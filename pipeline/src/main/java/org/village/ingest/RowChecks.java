package org.village.ingest;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The checks every dataset's rows share, each failing with a reason written for the person who will fix the file.
 * {@code today}: the run's date, after which nothing can have happened yet.
 */
final class RowChecks {

    private final CellValues values;
    private final LocalDate today;

    RowChecks(CellValues values, LocalDate today) {
        this.values = values;
        this.today = today;
    }

    static RowRejectedException reject(Field field, String value, RejectReason reason, String message) {
        return new RowRejectedException(field, value, reason, message);
    }

    String requiredText(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            throw reject(field, text, RejectReason.MISSING_VALUE,
                    "The " + field.label() + " is empty; fill it in or remove the row.");
        }
        return text;
    }

    String optionalText(DatasetRow row, Field field) {
        String text = row.text(field);
        return text.isEmpty() ? null : text;
    }

    String requiredIdentifier(DatasetRow row, Field field) {
        return CellValues.identifier(requiredText(row, field));
    }

    String optionalIdentifier(DatasetRow row, Field field) {
        String text = row.text(field);
        return text.isEmpty() ? null : CellValues.identifier(text);
    }

    LocalDate requiredDate(DatasetRow row, Field field) {
        LocalDate date = optionalDate(row, field);
        if (date == null) {
            throw reject(field, "", RejectReason.MISSING_VALUE, "The " + field.label() + " is empty; fill it in.");
        }
        return date;
    }

    LocalDate optionalDate(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = row.dayFirst() == null ? values.date(text, row.date1904())
                : values.date(text, row.date1904(), row.dayFirst());
        if (date == null) {
            throw reject(field, text, RejectReason.BAD_DATE, "The " + field.label() + " '" + text
                    + "' is not a date Village can read; use an Excel date or write it as 2026-10-05.");
        }
        return date;
    }

    /**
     * Rejects a row whose dates, {@code from} to {@code to}, are not all within the period its sheet claims: a stray
     * date would otherwise make the sheet a version of some other period. {@code field}: the column named in the
     * reject, the one outside.
     */
    void withinPeriod(DatasetRow row, Field field, LocalDate from, LocalDate to) {
        if (row.period() != null && !row.period().contains(from, to)) {
            throw reject(field, row.text(field), RejectReason.OUTSIDE_PERIOD, (from.equals(to)
                    ? "The " + field.label() + " " + from : "The period " + from + " to " + to) + " is outside "
                    + row.period().describe()
                    + ", the period this file is for (by its name and most of its dates); correct it, or send the "
                    + "row in the file for its own period.");
        }
    }

    /** Rejects a date after the run's date: attendance and sessions are reported once they have happened. */
    void notAfterToday(DatasetRow row, Field field, LocalDate date) {
        if (date.isAfter(today)) {
            throw reject(field, row.text(field), RejectReason.FUTURE_DATE, "The " + field.label() + " " + date
                    + " is after today (" + today + "); it has not happened yet, so it is most likely a mistyped "
                    + "date. Correct it or remove the row.");
        }
    }

    /**
     * Rejects a Saturday or Sunday, on which there is no school. Village knows no holiday calendar, so a row on a
     * holiday is not caught here.
     */
    void onSchoolDay(DatasetRow row, Field field, LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw reject(field, row.text(field), RejectReason.WEEKEND, "The " + field.label() + " " + date
                    + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + "; Village counts school days, Monday to Friday. Correct the date or remove the row.");
        }
    }

    /** Rejects a count of days with a fraction: a day is attended, or enrolled, whole. */
    void wholeDays(DatasetRow row, Field field, BigDecimal days) {
        if (days != null && days.stripTrailingZeros().scale() > 0) {
            throw reject(field, row.text(field), RejectReason.FRACTIONAL_DAYS, "The " + field.label() + " ("
                    + days.toPlainString() + ") is not a whole number of days; correct it.");
        }
    }

    BigDecimal optionalNumber(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal number = CellValues.number(text);
        if (number == null) {
            throw reject(field, text, RejectReason.BAD_NUMBER, "The " + field.label() + " '" + text
                    + "' is not a number.");
        }
        if (number.signum() < 0) {
            throw reject(field, text, RejectReason.NEGATIVE, "The " + field.label() + " is negative (" + text + ").");
        }
        return number;
    }

    BigDecimal requiredNumber(DatasetRow row, Field field) {
        BigDecimal number = optionalNumber(row, field);
        if (number == null) {
            throw reject(field, "", RejectReason.MISSING_VALUE, "The " + field.label() + " is empty; fill it in.");
        }
        return number;
    }

    BigDecimal optionalAmount(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal amount = CellValues.amount(text);
        if (amount == null) {
            throw reject(field, text, RejectReason.BAD_NUMBER, "The " + field.label() + " '" + text
                    + "' is not an amount of dollars.");
        }
        if (amount.signum() < 0) {
            throw reject(field, text, RejectReason.NEGATIVE, "The " + field.label() + " is negative (" + text + ").");
        }
        return amount;
    }

    Integer optionalWholeNumber(DatasetRow row, Field field) {
        BigDecimal number = optionalNumber(row, field);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw reject(field, row.text(field), RejectReason.BAD_NUMBER, "The " + field.label() + " '"
                    + row.text(field) + "' should be a whole number.");
        }
        return number.intValueExact();
    }

    Boolean optionalYesNo(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        Boolean value = CellValues.yesNo(text);
        if (value == null) {
            throw reject(field, text, RejectReason.BAD_YES_NO, "The " + field.label() + " '" + text
                    + "' should be Y or N.");
        }
        return value;
    }
}
