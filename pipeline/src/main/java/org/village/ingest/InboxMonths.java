package org.village.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Which months an inbox holds attendance for, read from the attendance sheets themselves: every month some period
 * ends in (or some school day of daily attendance falls in), up to the latest month whose last day the data reach (a
 * month still under way is not complete). Months without school, such as July, hold no attendance and are not listed.
 * Each sheet's text dates are read in the order its own dates settle, as the run reads them ({@link SheetDates}), so a
 * day-first file in a month-first district adds its real months. The demo uses it to run every month of the sample
 * district in order.
 */
@Component
public class InboxMonths {

    private final boolean districtDayFirst;
    private final HeaderDictionary dictionary;
    private final ColumnEvidence evidence;

    InboxMonths(IngestProperties properties) {
        this.districtDayFirst = properties.dayBeforeMonth();
        this.dictionary = properties.dictionary();
        this.evidence = properties.columnEvidence();
    }

    public List<YearMonth> completeMonths(Path inbox) {
        SheetMonths found = read(inbox);
        if (found.latest() == null) {
            return List.of();
        }
        LocalDate latest = found.latest();
        YearMonth last = latest.equals(YearMonth.from(latest).atEndOfMonth()) ? YearMonth.from(latest)
                : YearMonth.from(latest).minusMonths(1);
        return List.copyOf(new TreeSet<>(found.months()).headSet(last.plusMonths(1)));
    }

    /**
     * Whether any attendance sheet in the inbox has a date in {@code month}, complete or not: a month with none has
     * nothing to report yet ({@code serve} does not run it).
     */
    public boolean holdsAttendanceFor(Path inbox, YearMonth month) {
        return read(inbox).months().contains(month);
    }

    /** Every attendance sheet's months together, and the latest date of any. */
    private SheetMonths read(Path inbox) {
        SortedSet<YearMonth> months = new TreeSet<>();
        LocalDate latest = null;
        for (Path file : InboxFiles.spreadsheets(inbox)) {
            try (Spreadsheet workbook = Spreadsheets.open(file)) {
                for (int sheet = 0; sheet < workbook.sheetNames().size(); sheet++) {
                    try (SheetCursor cursor = workbook.openSheet(sheet)) {
                        var search = HeaderMapping.find(cursor, dictionary, evidence, workbook.date1904());
                        var header = search.header().filter(h -> h.dataset() == Dataset.ATTENDANCE_SUMMARY
                                || h.dataset() == Dataset.DAILY_ATTENDANCE);
                        if (header.isEmpty()) {
                            continue;
                        }
                        Field dateField = header.get().dataset() == Dataset.DAILY_ATTENDANCE
                                ? Field.ATTENDANCE_DATE : Field.PERIOD_END;
                        SheetMonths read = SheetMonths.read(new ReplayingSheetCursor(search.sampled(), cursor),
                                header.get().column(dateField), workbook.date1904(), districtDayFirst);
                        months.addAll(read.months());
                        latest = read.latest() != null && (latest == null || read.latest().isAfter(latest))
                                ? read.latest() : latest;
                    }
                }
            }
            catch (SpreadsheetProblem unreadable) {
                // The run itself registers and reports unreadable files; here they simply hold no months.
            }
        }
        return new SheetMonths(months, latest);
    }

    /**
     * One sheet's months and latest date, read both ways in one pass and settled at its end: day first if any date
     * can only be day first, month first if any can only be month first, else the district's order. A sheet written
     * both ways adds nothing, as the run holds it back.
     */
    private record SheetMonths(Set<YearMonth> months, LocalDate latest) {

        private static final SheetMonths NONE = new SheetMonths(Set.of(), null);
        /** Its own order is passed with every date, so the district's order set here is never used. */
        private static final CellValues VALUES = new CellValues(false);

        static SheetMonths read(SheetCursor rows, int column, boolean date1904, boolean districtDayFirst) {
            Set<YearMonth> dayFirstMonths = new HashSet<>();
            Set<YearMonth> monthFirstMonths = new HashSet<>();
            LocalDate dayFirstLatest = null;
            LocalDate monthFirstLatest = null;
            boolean onlyDayFirstSeen = false;
            boolean onlyMonthFirstSeen = false;
            for (SheetRow row = rows.next(); row != null; row = rows.next()) {
                String cell = row.cell(column);
                CellValues.Order order = CellValues.order(cell);
                onlyDayFirstSeen |= order == CellValues.Order.DAY_FIRST;
                onlyMonthFirstSeen |= order == CellValues.Order.MONTH_FIRST;
                LocalDate asDayFirst = VALUES.date(cell, date1904, order != CellValues.Order.MONTH_FIRST);
                LocalDate asMonthFirst = order == CellValues.Order.EITHER ? VALUES.date(cell, date1904, false)
                        : asDayFirst;
                if (asDayFirst != null) {
                    dayFirstMonths.add(YearMonth.from(asDayFirst));
                    dayFirstLatest = later(dayFirstLatest, asDayFirst);
                }
                if (asMonthFirst != null) {
                    monthFirstMonths.add(YearMonth.from(asMonthFirst));
                    monthFirstLatest = later(monthFirstLatest, asMonthFirst);
                }
            }
            if (onlyDayFirstSeen && onlyMonthFirstSeen) {
                return NONE;
            }
            boolean readDayFirst = onlyDayFirstSeen || (!onlyMonthFirstSeen && districtDayFirst);
            return readDayFirst ? new SheetMonths(dayFirstMonths, dayFirstLatest)
                    : new SheetMonths(monthFirstMonths, monthFirstLatest);
        }

        private static LocalDate later(LocalDate latest, LocalDate date) {
            return latest == null || date.isAfter(latest) ? date : latest;
        }
    }
}
