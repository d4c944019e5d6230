package org.village.ingest;

/**
 * A row that cannot be used. It is skipped by the step's skip policy and recorded in the rejects table with the
 * column, the value, the kind of problem and a reason a data manager can act on; the rest of the file still loads.
 */
class RowRejectedException extends RuntimeException {

    private final Field field;
    private final String value;
    private final RejectReason reason;

    RowRejectedException(Field field, String value, RejectReason reason, String message) {
        super(message, null, false, false);
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    Field field() {
        return field;
    }

    String value() {
        return value;
    }

    RejectReason reason() {
        return reason;
    }
}
