package org.village.ingest.oneroster;

/** A bundle table's rows, pulled one at a time. */
public interface BundleRows extends AutoCloseable {

    /** The next row, or null at the end of the table. */
    BundleRow next();

    @Override
    void close();
}
