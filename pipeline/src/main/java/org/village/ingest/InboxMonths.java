package org.village.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Which months an inbox holds attendance for, read from the attendance sheets themselves: every month some period
 * ends in (or some school day of daily attendance falls in), up to the latest month whose last day the data reach (a month still under way is not complete). Months
 * without school, such as July, hold no attendance and are not listed. The demo uses it to run every month of the
 * sample district in order.
 */
@Component
public class InboxMonths {

    private final CellValues values;
    private final HeaderDictionary dictionary;
    private final ColumnEvidence evidence;

    InboxMonths(IngestProperties properties) {
        this.values = new CellValues(properties.dayBeforeMonth());
        this.dictionary = properties.dictionary();
        this.evidence = properties.columnEvidence();
    }

    public List<YearMonth> completeMonths(Path inbox) {
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
                        SheetCursor rows = new ReplayingSheetCursor(search.sampled(), cursor);
                        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
                            Field dateField = header.get().dataset() == Dataset.DAILY_ATTENDANCE
                                    ? Field.ATTENDANCE_DATE : Field.PERIOD_END;
                            LocalDate end = values.date(row.cell(header.get().column(dateField)),
                                    workbook.date1904());
                            if (end != null) {
                                months.add(YearMonth.from(end));
                                latest = latest == null || end.isAfter(latest) ? end : latest;
                            }
                        }
                    }
                }
            }
            catch (SpreadsheetProblem unreadable) {
                // The run itself registers and reports unreadable files; here they simply hold no months.
            }
        }
        if (latest == null) {
            return List.of();
        }
        YearMonth last = latest.equals(YearMonth.from(latest).atEndOfMonth()) ? YearMonth.from(latest)
                : YearMonth.from(latest).minusMonths(1);
        return List.copyOf(months.headSet(last.plusMonths(1)));
    }
}
