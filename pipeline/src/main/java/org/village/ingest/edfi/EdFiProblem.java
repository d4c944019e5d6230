package org.village.ingest.edfi;

/** An Ed-Fi file that cannot be read, with a message for the data manager who sent it: what is wrong, what to do. */
public class EdFiProblem extends RuntimeException {

    EdFiProblem(String message) {
        super(message);
    }

    EdFiProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
