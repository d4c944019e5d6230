package org.village.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;

/**
 * The rows of one {@code .xls} sheet. BIFF8 does not promise that cell records come in row order, so the sheet's
 * cells are collected first (a sheet has at most 65,536 rows) and handed out in row order. Cells hold raw values:
 * strings as typed, numbers (and so dates) as their stored value, formulas as their cached result.
 */
final class XlsSheetCursor implements SheetCursor {

    private final Iterator<Map.Entry<Integer, List<String>>> rows;

    private XlsSheetCursor(TreeMap<Integer, List<String>> rows) {
        this.rows = rows.entrySet().iterator();
    }

    /**
     * Reads from just after the sheet's BOF record to its EOF; records of charts embedded in the sheet are passed
     * over. A formula's text result is stored after it, in a StringRecord, so that formula waits for it.
     */
    static XlsSheetCursor read(RecordFactoryInputStream records, String[] sharedStrings, String sheetName) {
        TreeMap<Integer, List<String>> rows = new TreeMap<>();
        FormulaRecord awaitingString = null;
        int depth = 1;
        while (depth > 0) {
            Record record = records.nextRecord();
            if (record == null) {
                throw new SpreadsheetProblem("sheet '" + sheetName + "' is cut short; open the file in Excel and "
                        + "save it again as .xlsx");
            }
            short sid = record.getSid();
            if (sid == BOFRecord.sid) {
                depth++;
            }
            else if (sid == EOFRecord.sid) {
                depth--;
            }
            else if (depth == 1 && sid == StringRecord.sid) {
                if (awaitingString != null) {
                    put(rows, awaitingString.getRow(), awaitingString.getColumn(),
                            ((StringRecord) record).getString());
                }
                awaitingString = null;
            }
            else if (depth == 1 && sid == FormulaRecord.sid) {
                awaitingString = formula((FormulaRecord) record, rows);
            }
            else if (depth == 1) {
                cell(record, rows, sharedStrings);
            }
        }
        return new XlsSheetCursor(rows);
    }

    /** Stores a formula's cached value, or returns the formula when its text result follows in a StringRecord. */
    private static FormulaRecord formula(FormulaRecord formula, TreeMap<Integer, List<String>> rows) {
        if (formula.hasCachedResultString()) {
            return formula;
        }
        put(rows, formula.getRow(), formula.getColumn(), switch (formula.getCachedResultTypeEnum()) {
            case NUMERIC -> number(formula.getValue());
            case BOOLEAN -> formula.getCachedBooleanValue() ? "TRUE" : "FALSE";
            default -> "";
        });
        return null;
    }

    /**
     * Stores the value of one cell record; other records (Blank and MulBlank carry only formatting) are skipped.
     * Numbers stored compactly as RK and MulRK records arrive here as NumberRecords: POI's record stream converts
     * them.
     */
    private static void cell(Record record, TreeMap<Integer, List<String>> rows, String[] sharedStrings) {
        switch (record.getSid()) {
            case LabelSSTRecord.sid -> {
                LabelSSTRecord label = (LabelSSTRecord) record;
                int index = label.getSSTIndex();
                put(rows, label.getRow(), label.getColumn(),
                        index >= 0 && index < sharedStrings.length ? sharedStrings[index] : "");
            }
            case LabelRecord.sid -> {
                LabelRecord label = (LabelRecord) record;
                put(rows, label.getRow(), label.getColumn(), label.getValue());
            }
            case NumberRecord.sid -> {
                NumberRecord number = (NumberRecord) record;
                put(rows, number.getRow(), number.getColumn(), number(number.getValue()));
            }
            case BoolErrRecord.sid -> {
                BoolErrRecord cell = (BoolErrRecord) record;
                put(rows, cell.getRow(), cell.getColumn(),
                        cell.isBoolean() ? (cell.getBooleanValue() ? "TRUE" : "FALSE") : "");
            }
            default -> {
            }
        }
    }

    private static void put(TreeMap<Integer, List<String>> rows, int row, int column, String value) {
        if (value.isEmpty()) {
            return;
        }
        List<String> cells = rows.computeIfAbsent(row, r -> new ArrayList<>());
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
    }

    /**
     * The number as text without the float noise of {@code Double.toString}: 46296.0 is "46296", 0.1 is "0.1",
     * matching what {@code .xlsx} files store for the same cell.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public SheetRow next() {
        while (rows.hasNext()) {
            Map.Entry<Integer, List<String>> row = rows.next();
            SheetRow sheetRow = new SheetRow(row.getKey() + 1, row.getValue().toArray(String[]::new));
            if (!sheetRow.isBlank()) {
                return sheetRow;
            }
        }
        return null;
    }

    @Override
    public void close() {
        // The rows were read when the sheet was opened; nothing is held open.
    }
}
