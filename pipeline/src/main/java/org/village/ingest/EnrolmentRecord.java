package org.village.ingest;

import java.time.LocalDate;

/** A student's enrolment at a school, with the subgroups the equity breakdowns use; never a name. */
record EnrolmentRecord(long sourceId, int sourceRow, String studentId, String schoolId, String grade,
        LocalDate entryDate, LocalDate exitDate, String gender, String raceEthnicity, Boolean englishLearner,
        Boolean disability, Boolean economicallyDisadvantaged, Boolean homeless, Boolean foster) {
}
