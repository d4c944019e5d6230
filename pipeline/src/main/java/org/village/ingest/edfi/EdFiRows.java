package org.village.ingest.edfi;

/** A table's rows, pulled one at a time from the file; memory does not grow with the number of records. */
public interface EdFiRows extends AutoCloseable {

    /** A table the file holds no record of. */
    EdFiRows NONE = new EdFiRows() {
        @Override
        public EdFiRow next() {
            return null;
        }

        @Override
        public void close() {
            // nothing was opened
        }
    };

    /** The next record, or {@code null} at the end. */
    EdFiRow next();

    @Override
    void close();
}
