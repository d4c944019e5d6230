package org.village.generate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/** Rows of a POI sheet, streamed or in memory, stopping at the format's row limit. */
final class PoiSheetRows implements SheetRows {

    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final int maxRows;
    private final String limitMessage;
    private int nextRow;

    /** {@code limitMessage} is the error raised when the sheet would need more than {@code maxRows} rows. */
    PoiSheetRows(Sheet sheet, CellStyle dateStyle, int maxRows, String limitMessage) {
        this.sheet = sheet;
        this.dateStyle = dateStyle;
        this.maxRows = maxRows;
        this.limitMessage = limitMessage;
    }

    @Override
    public Cells row() {
        if (nextRow == maxRows) {
            throw new IllegalStateException(limitMessage);
        }
        return new PoiCells(sheet.createRow(nextRow++), dateStyle);
    }

    @Override
    public void skipRow() {
        nextRow++;
    }

    @Override
    public int lastRowNumber() {
        return nextRow;
    }
}
