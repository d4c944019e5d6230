package org.village.generate;

import java.time.LocalDate;

/** The cells of one row of a sheet or CSV file, written left to right. */
interface Cells {

    Cells text(String value);

    Cells number(long value);

    /** Hours, amounts and the like; text formats write them without trailing zeros ("1.5", "250"). */
    Cells decimal(double value);

    Cells date(LocalDate value, DateStyle style);

    /** Empty cells, as exports leave below or beside their data. */
    Cells blank(int count);
}
