package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A course mark as sent, with its grade points; {@code excluded} marks leave GPA alone. {@code schoolYear} (2025-26)
 * when the file says which year, else null; {@code dateStored}, the term's last day, when the file says, else null.
 */
record CourseMarkRecord(long sourceId, int sourceRow, String studentId, String schoolId, String term,
        String course, String mark, BigDecimal gradePoints, BigDecimal credits, boolean excluded,
        String schoolYear, LocalDate dateStored) {
}
