package org.village.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a sheet on a thread of its own, a few batches of rows ahead of the loader that takes them, so that reading
 * the file and writing the previous rows to the database overlap. At most {@link #BATCHES} batches of
 * {@link #BATCH_ROWS} rows wait at any time, so memory stays bounded whatever the size of the sheet. A problem the
 * parser meets (even an error that ends its thread) is handed over in its place in the row order and thrown from
 * {@link #next()}, where reading the sheet directly would have thrown it, so the loader never waits for rows that
 * will not come. Which rows count as read is the caller's business: rows parsed ahead and not yet
 * taken are simply dropped on close.
 */
final class ReadAheadSheetCursor implements SheetCursor {

    static final int BATCH_ROWS = 500;
    static final int BATCHES = 4;

    /** What the parsing thread hands over: rows, then the end or the problem that stopped it. */
    private record Batch(SheetRow[] rows, int size, Throwable problem, boolean last) {
    }

    private final SheetCursor source;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES);
    private final Thread parser;
    private volatile boolean closed;
    private Batch current;
    private int position;

    ReadAheadSheetCursor(SheetCursor source, String threadName) {
        this.source = source;
        this.parser = new Thread(this::parse, threadName);
        parser.setDaemon(true);
        parser.start();
    }

    private void parse() {
        try {
            boolean last = false;
            while (!last && !closed) {
                SheetRow[] rows = new SheetRow[BATCH_ROWS];
                int size = 0;
                Throwable problem = null;
                try {
                    while (size < BATCH_ROWS) {
                        SheetRow row = source.next();
                        if (row == null) {
                            last = true;
                            break;
                        }
                        rows[size++] = row;
                    }
                }
                catch (RuntimeException | Error e) {
                    problem = e;
                    last = true;
                }
                batches.put(new Batch(rows, size, problem, last));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public SheetRow next() {
        while (current == null || position == current.size()) {
            if (current != null && current.last()) {
                if (current.problem() instanceof RuntimeException problem) {
                    throw problem;
                }
                if (current.problem() instanceof Error error) {
                    throw error;
                }
                return null;
            }
            try {
                current = batches.take();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the sheet's next rows", e);
            }
            position = 0;
        }
        return current.rows()[position++];
    }

    /**
     * Stops the parsing thread, then closes the sheet it was reading, so that the sheet is only ever used by one
     * thread at a time. Rows parsed ahead are dropped to unblock the parser; it is not interrupted, because an
     * interrupt closes the file channel under a CSV reader.
     */
    @Override
    public void close() {
        closed = true;
        try {
            while (parser.isAlive()) {
                batches.clear();
                parser.join(10);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finally {
            if (!parser.isAlive()) {
                source.close();
            }
        }
    }
}
