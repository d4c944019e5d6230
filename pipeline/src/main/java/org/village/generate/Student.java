package org.village.generate;

import java.util.Locale;

/**
 * A fictional student. {@code absenceTendency} is where the student sits among peers in how often they miss school,
 * in standard deviations; it follows the student from year to year and school to school.
 */
record Student(int number, String lastFirst, String gender, double absenceTendency) {

    /** Six digits with leading zeros, as the district's system prints it. */
    String id() {
        return String.format(Locale.ROOT, "%06d", number);
    }
}
