package org.village.generate;

import java.time.LocalDate;

/**
 * A student's enrolment at one school for one school year. {@code exitDate} is the last day enrolled, or null while
 * the student stays to the end of the year (rosters leave it blank then).
 */
record Enrollment(Student student, School school, Grade grade, LocalDate entryDate, LocalDate exitDate) {

    boolean enrolledOn(LocalDate day) {
        return !day.isBefore(entryDate) && (exitDate == null || !day.isAfter(exitDate));
    }

    boolean stays() {
        return exitDate == null;
    }
}
