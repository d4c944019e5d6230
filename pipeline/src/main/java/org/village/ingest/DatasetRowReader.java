package org.village.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Streams the rows of every sheet this run registered for one dataset, sheet after sheet. Its position (which sheet,
 * how many rows into it) is saved with each chunk, so a restarted run continues after the last committed row.
 */
class DatasetRowReader implements ItemStreamReader<DatasetRow> {

    private static final String SOURCE_INDEX = "source.index";
    private static final String ROWS_READ = "source.rows";

    private final Dataset dataset;
    private final Path inbox;
    private final long jobInstanceId;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    private List<PendingSource> sources;
    private int sourceIndex;
    private int rowsRead;
    private Spreadsheet workbook;
    private SheetCursor cursor;
    private HeaderMapping header;

    DatasetRowReader(Dataset dataset, Path inbox, long jobInstanceId, JdbcClient jdbc, NamedQueries sql) {
        this.dataset = dataset;
        this.inbox = inbox;
        this.jobInstanceId = jobInstanceId;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    record PendingSource(long sourceId, String fileName, int sheetIndex, String sheetName, int headerRow,
            boolean date1904) {
    }

    @Override
    public void open(ExecutionContext context) {
        sources = jdbc.sql(sql.get("pending-sources"))
                .param("jobInstanceId", jobInstanceId)
                .param("dataset", dataset.name())
                .query(PendingSource.class).list();
        sourceIndex = context.getInt(SOURCE_INDEX, 0);
        rowsRead = context.getInt(ROWS_READ, 0);
    }

    @Override
    public DatasetRow read() {
        while (sourceIndex < sources.size()) {
            PendingSource source = sources.get(sourceIndex);
            if (cursor == null) {
                openSource(source);
            }
            SheetRow row = cursor.next();
            if (row != null) {
                rowsRead++;
                return toDatasetRow(source, row);
            }
            closeSource();
            sourceIndex++;
            rowsRead = 0;
        }
        return null;
    }

    private void openSource(PendingSource source) {
        workbook = Spreadsheets.open(inbox.resolve(source.fileName()));
        cursor = workbook.openSheet(source.sheetIndex());
        SheetRow row;
        do {
            row = cursor.next();
        }
        while (row != null && row.rowNumber() < source.headerRow());
        if (row == null) {
            throw new ItemStreamException(source.fileName() + ", sheet '" + source.sheetName()
                    + "': the header row changed since the file was registered");
        }
        header = HeaderMapping.match(row).filter(h -> h.dataset() == dataset).orElseThrow(
                () -> new ItemStreamException(source.fileName() + ", sheet '" + source.sheetName()
                        + "': the header row changed since the file was registered"));
        for (int skipped = 0; skipped < rowsRead && cursor.next() != null; skipped++) {
            // rows committed by an earlier attempt of this step
        }
    }

    private DatasetRow toDatasetRow(PendingSource source, SheetRow row) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Integer> column : header.columns().entrySet()) {
            if (!dataset.drops(column.getKey())) {
                values.put(column.getKey(), row.cell(column.getValue()));
            }
        }
        return new DatasetRow(source.sourceId(), source.fileName(), source.sheetName(), row.rowNumber(),
                source.date1904(), values);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SOURCE_INDEX, sourceIndex);
        context.putInt(ROWS_READ, rowsRead);
    }

    @Override
    public void close() {
        closeSource();
    }

    private void closeSource() {
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
