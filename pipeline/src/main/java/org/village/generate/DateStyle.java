package org.village.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an export writes a date: as Excel stores dates, as a bare serial number, or as text in one of several forms. */
enum DateStyle {

    /** A numeric cell with a date format, as Excel itself stores dates (workbooks only). */
    EXCEL_DATE(null),
    /** A numeric cell holding the 1900-system serial number without a date format, as when a format is lost. */
    EXCEL_SERIAL(null),
    /** {@code 2026-10-05}. */
    ISO(DateTimeFormatter.ISO_LOCAL_DATE),
    /** {@code 10/5/2026}: US month/day/year, no padding. */
    US(DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)),
    /** {@code 10/05/2026}. */
    US_PADDED(DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US)),
    /** {@code 10/5/26}: two-digit year. */
    US_SHORT(DateTimeFormatter.ofPattern("M/d/uu", Locale.US));

    /** Excel's day 0 in the 1900 system, counting its phantom 1900-02-29 (serials from March 1900 on). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final DateTimeFormatter text;

    DateStyle(DateTimeFormatter text) {
        this.text = text;
    }

    boolean isText() {
        return text != null;
    }

    String format(LocalDate date) {
        if (text == null) {
            throw new IllegalStateException(this + " dates are cell values, not text");
        }
        return text.format(date);
    }

    static long serial(LocalDate date) {
        return date.toEpochDay() - EXCEL_EPOCH.toEpochDay();
    }
}
