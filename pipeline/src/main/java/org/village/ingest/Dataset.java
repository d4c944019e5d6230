package org.village.ingest;

import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of file a district, its schools and its partners send (product brief §1), each with the columns it must
 * have and those it may have. A sheet is recognised by its header row, never by its file name. {@code oneOf}: at
 * least one of those columns must be there too (days present or absent; a session date or a period).
 */
enum Dataset {

    SCHOOLS("schools", "the district office", Stage.REFERENCE,
            List.of(Field.SCHOOL_ID, Field.SCHOOL_NAME), List.of(), List.of(Field.SCHOOL_LEVEL)),
    PARTNERSHIPS("partnerships", "the district office", Stage.REFERENCE,
            List.of(Field.PARTNERSHIP_ID, Field.PARTNER_NAME, Field.PARTNERSHIP_TYPE, Field.SCHOOLS_SERVED,
                    Field.START_DATE),
            List.of(),
            List.of(Field.END_DATE, Field.BASELINE_START, Field.BASELINE_END, Field.DISTRICT_INVESTMENT,
                    Field.PARTNER_INVESTMENT, Field.CHECK_IN_CADENCE, Field.MINIMUM_DOSAGE)),
    PARTNERSHIP_GOALS("partnership goals", "the district office", Stage.REFERENCE,
            List.of(Field.PARTNERSHIP_ID, Field.GOAL_KPI, Field.GOAL_TARGET), List.of(), List.of(Field.GOAL_DATE)),
    DISTRIBUTION_LIST("distribution list", "the district office", Stage.REFERENCE,
            List.of(Field.RECIPIENT_NAME, Field.EMAIL, Field.RECEIVES), List.of(), List.of(Field.ROLE)),
    ROSTER("student roster", "each school (or the district) from the SIS", Stage.ROSTER,
            List.of(Field.STUDENT_ID, Field.SCHOOL_ID, Field.GRADE, Field.ENTRY_DATE), List.of(),
            List.of(Field.EXIT_DATE, Field.GENDER, Field.RACE_ETHNICITY, Field.ENGLISH_LEARNER, Field.DISABILITY,
                    Field.ECONOMICALLY_DISADVANTAGED, Field.HOMELESS, Field.FOSTER, Field.STUDENT_NAME)),
    DAILY_ATTENDANCE("daily attendance", "each school from the SIS", Stage.ACTIVITY,
            List.of(Field.STUDENT_ID, Field.ATTENDANCE_DATE, Field.ATTENDANCE_STATUS), List.of(),
            List.of(Field.SCHOOL_ID, Field.MINUTES, Field.STUDENT_NAME)),
    ATTENDANCE_SUMMARY("attendance summary", "each school from the SIS", Stage.ACTIVITY,
            List.of(Field.STUDENT_ID, Field.PERIOD_START, Field.PERIOD_END, Field.DAYS_ENROLLED),
            List.of(Field.DAYS_PRESENT, Field.DAYS_ABSENT),
            List.of(Field.SCHOOL_ID, Field.STUDENT_NAME)),
    COURSE_MARKS("course marks", "each school from the SIS", Stage.ACTIVITY,
            List.of(Field.STUDENT_ID, Field.TERM, Field.COURSE, Field.MARK), List.of(),
            List.of(Field.SCHOOL_ID, Field.CREDITS, Field.EXCLUDE_FROM_GPA, Field.SCHOOL_YEAR, Field.DATE_STORED,
                    Field.STUDENT_NAME)),
    TERM_DATES("term dates", "the district office or the SIS (OneRoster academic sessions, Ed-Fi sessions and "
            + "grading periods)", Stage.ACTIVITY, List.of(Field.TERM, Field.PERIOD_END), List.of(),
            List.of(Field.SCHOOL_YEAR, Field.PERIOD_START, Field.SCHOOL_ID)),
    PARTICIPATION("participation", "each partner", Stage.ACTIVITY,
            List.of(Field.PARTNERSHIP_ID, Field.STUDENT_ID), List.of(Field.SESSION_DATE, Field.PERIOD_START),
            List.of(Field.PERIOD_END, Field.HOURS, Field.ACTIVITY, Field.STUDENT_NAME)),
    VOLUNTEER_HOURS("volunteer hours", "each partner", Stage.ACTIVITY,
            List.of(Field.PARTNERSHIP_ID, Field.MONTH, Field.VOLUNTEER_HOURS), List.of(),
            List.of(Field.VOLUNTEERS)),
    CONTRIBUTIONS("contributions", "partners and the district office", Stage.ACTIVITY,
            List.of(Field.PARTNERSHIP_ID, Field.CONTRIBUTION_DATE, Field.CONTRIBUTION_KIND, Field.AMOUNT),
            List.of(), List.of(Field.DESCRIPTION, Field.FUNDER)),
    CHECK_INS("check-ins", "the district office", Stage.ACTIVITY,
            List.of(Field.PARTNERSHIP_ID, Field.CHECK_IN_DATE, Field.CHECK_IN_STATUS), List.of(),
            List.of(Field.NOTES)),
    STORIES("success stories", "each partner", Stage.ACTIVITY,
            List.of(Field.PARTNERSHIP_ID, Field.STORY_DATE, Field.TITLE, Field.STORY), List.of(),
            List.of(Field.QUOTE, Field.ATTRIBUTION, Field.CONSENT));

    /**
     * Load order: reference lists first (schools, partnerships), then rosters, which the activity files are checked
     * against. Within a stage, files load in parallel.
     */
    enum Stage { REFERENCE, ROSTER, ACTIVITY }

    private final String label;
    private final String sentBy;
    private final Stage stage;
    private final List<Field> required;
    private final List<Field> oneOf;
    private final List<Field> optional;

    Dataset(String label, String sentBy, Stage stage, List<Field> required, List<Field> oneOf,
            List<Field> optional) {
        this.label = label;
        this.sentBy = sentBy;
        this.stage = stage;
        this.required = required;
        this.oneOf = oneOf;
        this.optional = optional;
    }

    String label() {
        return label;
    }

    String sentBy() {
        return sentBy;
    }

    Stage stage() {
        return stage;
    }

    List<Field> required() {
        return required;
    }

    List<Field> oneOf() {
        return oneOf;
    }

    List<Field> optional() {
        return optional;
    }

    /** Every field, in the order in which a header's names are claimed. */
    List<Field> fields() {
        return Stream.of(required, oneOf, optional).flatMap(List::stream).toList();
    }

    /** Columns of this dataset that are only recognised in order to be dropped. */
    boolean drops(Field field) {
        return field == Field.STUDENT_NAME;
    }
}
