package org.village.ingest;

/** The kinds of row problem, so data-quality summaries can count rejects by reason. */
enum RejectReason {
    MISSING_VALUE("a required value is empty"),
    BAD_DATE("a date Village cannot read"),
    BAD_NUMBER("a number Village cannot read"),
    BAD_YES_NO("a yes/no value Village cannot read"),
    NEGATIVE("a negative amount"),
    UNKNOWN_STUDENT("a student on no roster"),
    UNKNOWN_PARTNERSHIP("a partnership not in the registry"),
    UNKNOWN_SCHOOL("a school not in the schools list"),
    LEADING_ZEROS_LOST("an id that lost its leading zeros"),
    DUPLICATE_ID("an id listed twice in one list"),
    UNKNOWN_GRADE("an unknown grade level"),
    UNKNOWN_ATTENDANCE_CODE("an unknown attendance code"),
    UNKNOWN_MARK("a mark not on the grade scale"),
    UNKNOWN_CATEGORY("a value not among those allowed"),
    PRESENT_ABOVE_ENROLLED("more days present than enrolled"),
    ABSENT_ABOVE_ENROLLED("more days absent than enrolled"),
    ENROLLED_ABOVE_PERIOD("more days enrolled than the period has"),
    DATES_REVERSED("an end before its start"),
    OUTSIDE_PERIOD("a date outside the period the file is for"),
    FUTURE_DATE("a date after the day of the run"),
    WEEKEND("a school day on a Saturday or Sunday"),
    FRACTIONAL_DAYS("a fraction of a day"),
    BAD_EMAIL("an e-mail address that is not one"),
    NO_SCHOOL_YEAR("a mark with no school year"),
    REPEATED_HEADER("the header row again, inside the data");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
