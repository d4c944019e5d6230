package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The checks every dataset's rows share, each failing with a reason written for the person who will fix the file.
 */
final class RowChecks {

    private final CellValues values;

    RowChecks(CellValues values) {
        this.values = values;
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
        LocalDate date = values.date(text, row.date1904());
        if (date == null) {
            throw reject(field, text, RejectReason.BAD_DATE, "The " + field.label() + " '" + text
                    + "' is not a date Village can read; use an Excel date or write it as 2026-10-05.");
        }
        return date;
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
