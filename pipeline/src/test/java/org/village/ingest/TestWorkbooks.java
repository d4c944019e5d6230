package org.village.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes real {@code .xlsx} fixtures (or {@code .xls} ones, when the file name says so) the way Excel stores what a
 * person typed: text as text, numbers as numbers, dates as date-formatted serial numbers. A {@code null} leaves the
 * cell empty; an empty row list leaves a blank row.
 */
public final class TestWorkbooks {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private boolean date1904;

    public static TestWorkbooks workbook() {
        return new TestWorkbooks();
    }

    public TestWorkbooks sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    public TestWorkbooks date1904() {
        this.date1904 = true;
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            if (workbook instanceof XSSFWorkbook xlsx) {
                var properties = xlsx.getCTWorkbook().isSetWorkbookPr() ? xlsx.getCTWorkbook().getWorkbookPr()
                        : xlsx.getCTWorkbook().addNewWorkbookPr();
                properties.setDate1904(date1904);
            }
            else if (date1904) {
                throw new IllegalArgumentException("HSSF has no switch for the 1904 date system; read the corpus's "
                        + "1904DateWindowing.xls instead");
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int rowIndex = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int column = 0; column < values.size(); column++) {
                        Object value = values.get(column);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(column);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        }
                        else if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
