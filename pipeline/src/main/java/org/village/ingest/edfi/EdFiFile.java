package org.village.ingest.edfi;

import java.util.List;

/** An Ed-Fi file seen as tables: the kinds of record it holds, each read as a stream of rows. */
public interface EdFiFile {

    List<EdFiTable> tables();

    /** Streams the rows of one table of {@link #tables()}; a table that is not used has none. */
    EdFiRows open(int table);
}
