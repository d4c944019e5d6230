package org.village.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * The rest of a sheet whose first rows were already read (as evidence for its header): those rows again, then the
 * sheet from where it stopped. Closing it leaves the underlying cursor to its owner.
 */
final class ReplayingSheetCursor implements SheetCursor {

    private final Iterator<SheetRow> replayed;
    private final SheetCursor rest;

    ReplayingSheetCursor(List<SheetRow> alreadyRead, SheetCursor rest) {
        this.replayed = alreadyRead.iterator();
        this.rest = rest;
    }

    @Override
    public SheetRow next() {
        return replayed.hasNext() ? replayed.next() : rest.next();
    }

    @Override
    public void close() {
        // the underlying cursor belongs to whoever opened it
    }
}
