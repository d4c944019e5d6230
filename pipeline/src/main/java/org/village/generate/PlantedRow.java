package org.village.generate;

/**
 * A row made wrong on purpose: the file (relative to the generated folder, with forward slashes), the sheet (null for
 * a CSV file), the row number as Excel or an editor shows it, the header of the column at fault, the value written
 * there, and what is wrong.
 */
record PlantedRow(String file, String sheet, int row, String column, String value, String problem) {
}
