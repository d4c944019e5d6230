package org.village.ingest;

/**
 * A whole file or sheet cannot be read. The message is written for the data manager who sent it: what is wrong and
 * what to do, never a stack trace.
 */
class SpreadsheetProblem extends RuntimeException {

    SpreadsheetProblem(String message, Throwable cause) {
        super(message, cause);
    }

    SpreadsheetProblem(String message) {
        super(message);
    }
}
