package org.village.ingest;

import java.time.LocalDate;

record EnrolmentRecord(long sourceId, int sourceRow, String studentId, String schoolId, String grade,
        LocalDate entryDate, LocalDate exitDate) {
}
