package org.village.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rest of a sheet whose first rows were already read (as evidence for its header): those rows again, then the
 * sheet from where it stopped, each row also shown to an observer, so that one pass serves several readers.
 * Closing it leaves the underlying cursor to its owner.
 */
final class ReplayingSheetCursor implements SheetCursor {

    private final Iterator<SheetRow> replayed;
    private final SheetCursor rest;
    private final Consumer<SheetRow> observer;

    ReplayingSheetCursor(List<SheetRow> alreadyRead, SheetCursor rest) {
        this(alreadyRead, rest, row -> { });
    }

    ReplayingSheetCursor(List<SheetRow> alreadyRead, SheetCursor rest, Consumer<SheetRow> observer) {
        this.replayed = alreadyRead.iterator();
        this.rest = rest;
        this.observer = observer;
    }

    @Override
    public SheetRow next() {
        SheetRow row = replayed.hasNext() ? replayed.next() : rest.next();
        if (row != null) {
            observer.accept(row);
        }
        return row;
    }

    @Override
    public void close() {
        // the underlying cursor belongs to whoever opened it
    }
}
