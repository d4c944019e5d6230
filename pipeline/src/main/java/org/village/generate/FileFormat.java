package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The kind of file an export is sent as: an {@code .xlsx} or {@code .xls} workbook, or a CSV file in a dialect. */
sealed interface FileFormat {

    FileFormat XLSX = new Xlsx();
    FileFormat XLS = new Xls();

    String extension();

    /** {@code created} stamps a workbook's document properties; CSV files have none. */
    TableFile create(Path file, LocalDate created) throws IOException;

    /** Whether the format can write a date as Excel stores it. */
    default boolean holdsExcelDates() {
        return true;
    }

    static FileFormat csv(CsvDialect dialect) {
        return new Csv(dialect);
    }

    record Xlsx() implements FileFormat {
        @Override
        public String extension() {
            return "xlsx";
        }

        @Override
        public TableFile create(Path file, LocalDate created) {
            return XlsxFile.create(file, created);
        }
    }

    record Xls() implements FileFormat {
        @Override
        public String extension() {
            return "xls";
        }

        @Override
        public TableFile create(Path file, LocalDate created) {
            return new XlsFile(file);
        }
    }

    record Csv(CsvDialect dialect) implements FileFormat {
        @Override
        public String extension() {
            return "csv";
        }

        @Override
        public TableFile create(Path file, LocalDate created) throws IOException {
            return new CsvFile(file, dialect);
        }

        @Override
        public boolean holdsExcelDates() {
            return false;
        }
    }
}
