package org.village.generate;

import java.time.LocalDate;

/** A participant's attendance at one session of a partnership's programme. */
record Session(Participant participant, LocalDate date, double hours, String activity) {
}
