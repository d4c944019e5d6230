package org.village.ingest.edfi;

/** A table's rows, pulled one at a time from the file; memory does not grow with the number of records. */
public interface EdFiRows extends AutoCloseable {

    /** The next record, or {@code null} at the end. */
    EdFiRow next();

    @Override
    void close();
}
