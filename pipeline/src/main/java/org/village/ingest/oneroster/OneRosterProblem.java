package org.village.ingest.oneroster;

/**
 * The bundle as a whole cannot be read. The message says what is wrong and what to do, for the data manager who sent
 * it; it never names a student.
 */
public final class OneRosterProblem extends RuntimeException {

    OneRosterProblem(String message) {
        super(message);
    }

    OneRosterProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
