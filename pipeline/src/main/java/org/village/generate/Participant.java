package org.village.generate;

import java.time.LocalDate;

/**
 * A student a partnership takes on: from their first session, {@code from}, they come to about {@code engagement} of
 * the sessions held on days they are at school.
 */
record Participant(Enrollment enrollment, LocalDate from, double engagement) {

    Student student() {
        return enrollment.student();
    }
}
