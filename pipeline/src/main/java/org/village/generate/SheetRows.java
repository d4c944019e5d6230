package org.village.generate;

/** One sheet (or the one table of a CSV file) being written row by row, top to bottom. */
interface SheetRows {

    Cells row();

    /** Leaves a row empty, as exports leave one between a title and the header. */
    void skipRow();

    /**
     * The number Excel (or an editor, for a CSV file) shows for the row written last, counting from 1; what the
     * ground truth records for a planted bad row.
     */
    int lastRowNumber();
}
