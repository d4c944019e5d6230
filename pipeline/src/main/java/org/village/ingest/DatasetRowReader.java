package org.village.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Streams the data rows of one registered sheet, the one its partition names, from the columns registration placed
 * (and the run summary shows). Its position is saved with each chunk, so a restarted run continues after the last
 * committed row of the sheet; before it does, it removes whatever the sheet's earlier attempts wrote for rows after
 * that one, so that a restart writes each row once whatever state a crash left.
 */
class DatasetRowReader implements ItemStreamReader<DatasetRow> {

    private static final String ROWS_READ = "rows.read";
    /** The sheet's row number of the last row read: rows from the header's up to it were handed out. */
    private static final String LAST_ROW = "rows.last";
    /** What {@code JobOperator.recover} leaves in the context of a step that a killed process was running. */
    private static final String RECOVERED = "batch.recovered";

    private final long sourceId;
    private final Path inbox;
    private final HeaderDictionary dictionary;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    private Source source;
    private int rowsRead;
    private int lastRow;
    private Spreadsheet workbook;
    private SheetCursor cursor;
    private HeaderMapping header;
    private Field[] fields;
    private int[] columns;
    private SheetPeriod period;

    DatasetRowReader(long sourceId, Path inbox, HeaderDictionary dictionary, JdbcClient jdbc, NamedQueries sql) {
        this.sourceId = sourceId;
        this.inbox = inbox;
        this.dictionary = dictionary;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** {@code dayFirst} and {@code claimedPeriod}: what registration read from the sheet's dates ({@link SheetDates}). */
    record Source(long sourceId, String fileName, int sheetIndex, String sheetName, String dataset, int headerRow,
            boolean date1904, String columnMap, Boolean dayFirst, String claimedPeriod) {
    }

    @Override
    public void open(ExecutionContext context) {
        source = jdbc.sql(sql.get("source")).param("sourceId", sourceId).query(Source.class).single();
        period = SheetPeriod.parse(source.claimedPeriod());
        rowsRead = context.getInt(ROWS_READ, 0);
        lastRow = context.getInt(LAST_ROW, source.headerRow());
        // A position saved without its row number (by a version before it was saved) is trusted as it is.
        if (context.containsKey(LAST_ROW) || context.containsKey(RECOVERED) && !context.containsKey(ROWS_READ)) {
            SourceRows.removeAfter(jdbc, sql, sourceId, lastRow);
        }
        try {
            openAtRow();
        }
        catch (SpreadsheetProblem problem) {
            unreadable(problem);
        }
    }

    private void openAtRow() {
        workbook = Spreadsheets.open(inbox.resolve(source.fileName()));
        cursor = new ReadAheadSheetCursor(workbook.openSheet(source.sheetIndex()), "ingest-read-" + sourceId);
        SheetRow row;
        do {
            row = cursor.next();
        }
        while (row != null && row.rowNumber() < source.headerRow());
        Dataset dataset = Dataset.valueOf(source.dataset());
        header = row == null ? null : HeaderMapping.match(row, dictionary).filter(h -> h.dataset() == dataset)
                .orElse(null);
        if (header == null) {
            close();
            throw new ItemStreamException(source.fileName() + ", sheet '" + source.sheetName()
                    + "': the header row is not what it was when the file was registered");
        }
        if (source.columnMap() != null) {
            header = new HeaderMapping(dataset, header.headerRowNumber(),
                    HeaderMapping.parseColumnMap(source.columnMap()), header.headers(), header.dropped());
        }
        keptColumns(header);
        for (int skipped = 0; skipped < rowsRead; skipped++) {
            cursor.next();
        }
    }

    /** The columns each row is copied from, worked out once: the dataset's, less those it drops (names). */
    private void keptColumns(HeaderMapping header) {
        var kept = header.columns().entrySet().stream().filter(c -> !header.dataset().drops(c.getKey())).toList();
        fields = kept.stream().map(Map.Entry::getKey).toArray(Field[]::new);
        columns = kept.stream().mapToInt(Map.Entry::getValue).toArray();
    }

    @Override
    public DatasetRow read() {
        if (cursor == null) {
            return null;
        }
        SheetRow row;
        try {
            row = cursor.next();
        }
        catch (SpreadsheetProblem problem) {
            unreadable(problem);
            return null;
        }
        if (row == null) {
            return null;
        }
        rowsRead++;
        lastRow = row.rowNumber();
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (int i = 0; i < fields.length; i++) {
            values.put(fields[i], row.cell(columns[i]));
        }
        return new DatasetRow(source.sourceId(), header.dataset(), source.fileName(), source.sheetName(),
                row.rowNumber(), source.date1904(), source.dayFirst(), period, values,
                row.problem() != null ? row.problem() : repeatedHeader(row));
    }

    /**
     * Exports written in parts and joined one after another (Contoso's SIS writes part files) repeat the header row
     * inside the data: such a row is rejected as what it is, not as a student on no roster or a mark off the scale.
     */
    private RowRejectedException repeatedHeader(SheetRow row) {
        for (int column : columns) {
            if (!row.cell(column).trim().equalsIgnoreCase(header.headers().get(column).trim())) {
                return null;
            }
        }
        Field first = fields[0];
        return RowChecks.reject(first, row.cell(columns[0]).trim(), RejectReason.REPEATED_HEADER, "The row repeats "
                + "the header row, as where exports written in parts are joined one after another; it holds no data.");
    }

    /**
     * A sheet that breaks part-way (a truncated or damaged file) is marked unreadable with the reason, in the
     * current chunk's transaction; none of its rows will count, and the other files go on loading.
     */
    private void unreadable(SpreadsheetProblem problem) {
        close();
        jdbc.sql(sql.get("mark-unreadable")).param("sourceId", sourceId).param("problem", problem.getMessage())
                .update();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(ROWS_READ, rowsRead);
        context.putInt(LAST_ROW, lastRow);
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
    }
}
