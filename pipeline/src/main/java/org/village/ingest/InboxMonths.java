package org.village.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which months an inbox holds attendance for, read from the attendance sheets themselves: from the month of the
 * earliest period start to the latest month whose last day the data reach. The demo uses it to run every month
 * of the sample district in order.
 */
@Component
public class InboxMonths {

    private final CellValues values;

    InboxMonths(IngestProperties properties) {
        this.values = new CellValues(properties.dayBeforeMonth());
    }

    public List<YearMonth> completeMonths(Path inbox) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Path file : InboxFiles.spreadsheets(inbox)) {
            try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
                for (int sheet = 0; sheet < workbook.sheetNames().size(); sheet++) {
                    try (XlsxSheetCursor cursor = workbook.openSheet(sheet)) {
                        var header = HeaderMapping.find(cursor).header()
                                .filter(h -> h.dataset() == Dataset.ATTENDANCE_SUMMARY);
                        if (header.isEmpty()) {
                            continue;
                        }
                        for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                            LocalDate start = values.date(row.cell(header.get().column(Field.PERIOD_START)),
                                    workbook.date1904());
                            LocalDate end = values.date(row.cell(header.get().column(Field.PERIOD_END)),
                                    workbook.date1904());
                            if (start != null && (earliest == null || start.isBefore(earliest))) {
                                earliest = start;
                            }
                            if (end != null && (latest == null || end.isAfter(latest))) {
                                latest = end;
                            }
                        }
                    }
                }
            }
            catch (SpreadsheetProblem unreadable) {
                // The run itself registers and reports unreadable files; here they simply hold no months.
            }
        }
        List<YearMonth> months = new ArrayList<>();
        if (earliest == null || latest == null) {
            return months;
        }
        YearMonth last = latest.equals(YearMonth.from(latest).atEndOfMonth()) ? YearMonth.from(latest)
                : YearMonth.from(latest).minusMonths(1);
        for (YearMonth month = YearMonth.from(earliest); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
