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

    String requiredText(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            throw new RowRejectedException(field, text, "The " + field.label() + " is empty; fill it in or remove the row.");
        }
        return text;
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
            throw new RowRejectedException(field, row.text(field), "The " + field.label() + " is empty; fill it in.");
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
            throw new RowRejectedException(field, text, "The " + field.label() + " '" + text
                    + "' is not a date Village can read; use an Excel date or write it as 2026-10-05.");
        }
        return date;
    }

    BigDecimal optionalDays(DatasetRow row, Field field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal days = CellValues.number(text);
        if (days == null) {
            throw new RowRejectedException(field, text, "The " + field.label() + " '" + text
                    + "' is not a number of days.");
        }
        if (days.signum() < 0) {
            throw new RowRejectedException(field, text, "The " + field.label() + " is negative (" + text + ").");
        }
        return days;
    }

    BigDecimal requiredDays(DatasetRow row, Field field) {
        BigDecimal days = optionalDays(row, field);
        if (days == null) {
            throw new RowRejectedException(field, "", "The " + field.label() + " is empty; fill it in.");
        }
        return days;
    }
}
