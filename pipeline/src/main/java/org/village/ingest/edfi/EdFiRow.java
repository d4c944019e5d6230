package org.village.ingest.edfi;

/** One record as a row of text cells in its table's column order; {@code line} is where it starts in the file. */
public record EdFiRow(int line, String[] cells) {
}
