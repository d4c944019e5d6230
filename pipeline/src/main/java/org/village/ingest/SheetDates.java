package org.village.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sheet's dates say, read once through the whole sheet before any of its rows load.
 * <ul>
 * <li>The order of its slashed dates: a date whose first number is above 12 (21/10/2026) settles it as day first for
 * the sheet, one whose second is (10/21/2026) as month first; a sheet with neither is read in the district's order
 * ({@code village.ingest.date-locale}), and one with both is held back.</li>
 * <li>For the datasets sent month by month (daily attendance, attendance summaries, participation), the period the
 * sheet is for: the month (or, for summaries, the run of months) that more than half of its rows' dates fall in,
 * which must agree with a month in its file name or folder ({@code 0101-2026-10.xlsx}, {@code 2026-10/...}) where
 * there is one. Rows dated outside it are rejected as they load, so a stray date never widens it; it decides which
 * earlier version the sheet replaces.</li>
 * <li>A sheet whose order the dates leave open, and whose period would be another under the other order, is held
 * back: which month it replaces must not rest on a guess. Its name may confirm the district's order (a June file of
 * 6/1/2026 to 6/5/2026 named {@code 2026-06}), never overturn it: a name that fits only the other order holds the
 * sheet back too. Held back so, it waits for the district's answer: once the district's order is changed (the
 * sender writes the other way), the next run reads it in the new order ({@link InboxRegistrationTasklet}).</li>
 * </ul>
 */
final class SheetDates {

    /** Year and month in a file or folder name: 2026-10, 2026_10, 2026.10. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})[-_.]([0-9]{2})(?![0-9])");

    /**
     * How the sheet's dates are to be read. {@code period}: the period the sheet claims, null for a dataset not sent
     * month by month or a sheet whose dates hold no majority; {@code problem}: why it is held back, or null.
     */
    record Reading(boolean dayBeforeMonth, SheetPeriod period, String problem) {
    }

    private final Locale dateLocale;
    private final boolean districtDayFirst;
    private final CellValues values;

    SheetDates(Locale dateLocale, boolean districtDayFirst) {
        this.dateLocale = dateLocale;
        this.districtDayFirst = districtDayFirst;
        this.values = new CellValues(districtDayFirst);
    }

    static boolean claimsPeriod(Dataset dataset) {
        return dataset == Dataset.DAILY_ATTENDANCE || dataset == Dataset.ATTENDANCE_SUMMARY
                || dataset == Dataset.PARTICIPATION;
    }

    /** The first date seen written in one order, with its row, for messages. */
    private record Example(String text, int row) {
        @Override
        public String toString() {
            return text + ", row " + row;
        }
    }

    /** Whether the district's order, village.ingest.date-locale, is day first. */
    boolean districtDayFirst() {
        return districtDayFirst;
    }

    /**
     * Reads the rest of the sheet from {@code rows}, which starts with the first row under the header.
     * {@code orderAnswered}: the sheet was held back because its order was open, and the district's order has been
     * changed since, which answers the question the hold asked; it is read in the new order.
     */
    Reading read(HeaderMapping header, SheetCursor rows, String fileName, boolean date1904, boolean orderAnswered) {
        List<Integer> dateColumns = new ArrayList<>();
        header.columns().forEach((field, column) -> {
            if (ColumnEvidence.shape(field) == ColumnEvidence.Shape.DATE) {
                dateColumns.add(column);
            }
        });
        boolean claims = claimsPeriod(header.dataset());
        int start = claims ? header.column(periodStart(header)) : -1;
        int end = claims ? header.column(periodEnd(header)) : -1;
        Map<SheetPeriod, Integer> monthFirst = new HashMap<>();
        Map<SheetPeriod, Integer> dayFirst = new HashMap<>();
        Example dayFirstSeen = null;
        Example monthFirstSeen = null;
        Example eitherSeen = null;
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            for (int column : dateColumns) {
                CellValues.Order order = CellValues.order(row.cell(column));
                if (order == CellValues.Order.DAY_FIRST && dayFirstSeen == null) {
                    dayFirstSeen = new Example(row.cell(column).trim(), row.rowNumber());
                }
                else if (order == CellValues.Order.MONTH_FIRST && monthFirstSeen == null) {
                    monthFirstSeen = new Example(row.cell(column).trim(), row.rowNumber());
                }
                else if (order == CellValues.Order.EITHER && eitherSeen == null) {
                    eitherSeen = new Example(row.cell(column).trim(), row.rowNumber());
                }
            }
            if (claims) {
                count(row, start, end, date1904, false, monthFirst);
                count(row, start, end, date1904, true, dayFirst);
            }
        }
        if (dayFirstSeen != null && monthFirstSeen != null) {
            return new Reading(districtDayFirst, null, "was held back: its dates are written both day first ("
                    + dayFirstSeen + ") and month first (" + monthFirstSeen + "), so none of them can be trusted; "
                    + "write them all one way, best as 2026-10-21, and send it again");
        }
        boolean settled = dayFirstSeen != null || monthFirstSeen != null;
        boolean readDayFirst = dayFirstSeen != null || (monthFirstSeen == null && districtDayFirst);
        if (!claims) {
            return new Reading(readDayFirst, null, null);
        }
        YearMonth named = monthInName(fileName);
        Map<SheetPeriod, Integer> chosen = readDayFirst ? dayFirst : monthFirst;
        if (!settled && eitherSeen != null && !orderAnswered) {
            Map<SheetPeriod, Integer> other = readDayFirst ? monthFirst : dayFirst;
            SheetPeriod as = periodOf(chosen);
            SheetPeriod otherwise = periodOf(other);
            boolean nameConfirms = named != null && as != null && as.contains(named)
                    && (otherwise == null || !otherwise.contains(named));
            if (!Objects.equals(as, otherwise) && !nameConfirms) {
                return new Reading(readDayFirst, null, "was held back: its dates (such as " + eitherSeen
                        + ") could be day first or month first, and the two readings put it in different months: "
                        + describe(as) + " read " + order(readDayFirst) + " as village.ingest.date-locale ("
                        + dateLocale.toLanguageTag() + ") says, " + describe(otherwise) + " read "
                        + order(!readDayFirst) + (named == null ? "" : "; its name says " + describe(named))
                        + ". Ask the sender to write the dates as 2026-10-09 and send the file again, or set "
                        + "village.ingest.date-locale to the order the sender writes (en-US month first, en-GB day "
                        + "first): the next run reads this file in that order");
            }
        }
        int total = chosen.values().stream().mapToInt(Integer::intValue).sum();
        SheetPeriod most = majority(chosen);
        if (most != null && named != null && !most.contains(named)) {
            return new Reading(readDayFirst, null, "was held back: its name says " + describe(named) + " but "
                    + chosen.get(most) + " of its " + total + " rows are dated " + most.describe()
                    + "; rename the file or correct its dates, and send it again");
        }
        return new Reading(readDayFirst, most, null);
    }

    /** Adds the row's period, read in one order, to the counts; a row whose dates cannot be read adds nothing. */
    private void count(SheetRow row, int start, int end, boolean date1904, boolean dayFirst,
            Map<SheetPeriod, Integer> counts) {
        LocalDate from = values.date(row.cell(start), date1904, dayFirst);
        if (from == null) {
            return;
        }
        LocalDate to = end < 0 || row.cell(end).isBlank() ? from : values.date(row.cell(end), date1904, dayFirst);
        if (to == null || to.isBefore(from)) {
            return;
        }
        counts.merge(SheetPeriod.of(from, to), 1, Integer::sum);
    }

    /** The period more than half of the rows are for, or null when none is. */
    private static SheetPeriod majority(Map<SheetPeriod, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** The period the sheet would be filed under: its majority's, else the span of all its rows. */
    private static SheetPeriod periodOf(Map<SheetPeriod, Integer> counts) {
        SheetPeriod most = majority(counts);
        if (most != null || counts.isEmpty()) {
            return most;
        }
        YearMonth first = counts.keySet().stream().map(SheetPeriod::first).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = counts.keySet().stream().map(SheetPeriod::last).max(YearMonth::compareTo).orElseThrow();
        return new SheetPeriod(first, last);
    }

    private static String describe(SheetPeriod period) {
        return period == null ? "no date it can read" : period.describe();
    }

    private static String describe(YearMonth month) {
        return new SheetPeriod(month, month).describe();
    }

    private static String order(boolean dayFirst) {
        return dayFirst ? "day first" : "month first";
    }

    /** The field a row's period starts with: its date, for a daily or session row. */
    static Field periodStart(HeaderMapping header) {
        return switch (header.dataset()) {
            case DAILY_ATTENDANCE -> Field.ATTENDANCE_DATE;
            case PARTICIPATION -> header.has(Field.SESSION_DATE) ? Field.SESSION_DATE : Field.PERIOD_START;
            default -> Field.PERIOD_START;
        };
    }

    private static Field periodEnd(HeaderMapping header) {
        return header.dataset() == Dataset.DAILY_ATTENDANCE ? Field.ATTENDANCE_DATE : Field.PERIOD_END;
    }

    /**
     * The month a file says it is for, from its own name, else its nearest folder's; null when none names exactly
     * one. A school year (2011-12) is not a month.
     */
    static YearMonth monthInName(String fileName) {
        String[] parts = fileName.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            YearMonth found = null;
            Matcher matcher = YEAR_MONTH.matcher(parts[i]);
            while (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                int month = Integer.parseInt(matcher.group(2));
                if (month < 1 || month > 12 || month == (year + 1) % 100) {
                    continue;
                }
                YearMonth named = YearMonth.of(year, month);
                if (found != null && !found.equals(named)) {
                    return null;
                }
                found = named;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
