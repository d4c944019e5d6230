package org.village.generate;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** One row's cells in a POI workbook, {@code .xlsx} or {@code .xls}. */
final class PoiCells implements Cells {

    private final Row row;
    private final CellStyle dateStyle;
    private int nextColumn;

    PoiCells(Row row, CellStyle dateStyle) {
        this.row = row;
        this.dateStyle = dateStyle;
    }

    @Override
    public Cells text(String value) {
        row.createCell(nextColumn++).setCellValue(value);
        return this;
    }

    @Override
    public Cells number(long value) {
        row.createCell(nextColumn++).setCellValue(value);
        return this;
    }

    @Override
    public Cells decimal(double value) {
        row.createCell(nextColumn++).setCellValue(value);
        return this;
    }

    @Override
    public Cells date(LocalDate value, DateStyle style) {
        switch (style) {
            case EXCEL_DATE -> {
                Cell cell = row.createCell(nextColumn++);
                cell.setCellValue(value);
                cell.setCellStyle(dateStyle);
            }
            case EXCEL_SERIAL -> number(DateStyle.serial(value));
            default -> text(style.format(value));
        }
        return this;
    }

    @Override
    public Cells blank(int count) {
        for (int i = 0; i < count; i++) {
            row.createCell(nextColumn++).setBlank();
        }
        return this;
    }
}
