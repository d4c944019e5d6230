package org.village.ingest;

import java.util.List;
import java.util.Set;

/**
 * The kinds of file a district and its schools send (product brief §1), each with the columns it must have.
 * A sheet is recognised by its header row, never by its file name.
 */
enum Dataset {

    SCHOOLS("schools", List.of(Field.SCHOOL_ID, Field.SCHOOL_NAME), List.of(Field.SCHOOL_LEVEL)),
    ROSTER("student roster", List.of(Field.STUDENT_ID, Field.SCHOOL_ID, Field.GRADE, Field.ENTRY_DATE),
            List.of(Field.EXIT_DATE, Field.STUDENT_NAME)),
    ATTENDANCE_SUMMARY("attendance summary",
            List.of(Field.STUDENT_ID, Field.PERIOD_START, Field.PERIOD_END, Field.DAYS_ENROLLED),
            List.of(Field.SCHOOL_ID, Field.DAYS_PRESENT, Field.DAYS_ABSENT, Field.STUDENT_NAME));

    private final String label;
    private final List<Field> required;
    private final List<Field> optional;

    Dataset(String label, List<Field> required, List<Field> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    String label() {
        return label;
    }

    List<Field> required() {
        return required;
    }

    List<Field> optional() {
        return optional;
    }

    /** Required fields, then optional ones: the order in which a header's names are claimed. */
    List<Field> fields() {
        return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
    }

    /** Columns of this dataset that are only recognised in order to be dropped. */
    boolean drops(Field field) {
        return field == Field.STUDENT_NAME;
    }

    /** Fields of which at least one must be present, beyond the required ones. */
    Set<Set<Field>> oneOf() {
        return this == ATTENDANCE_SUMMARY ? Set.of(Set.of(Field.DAYS_PRESENT, Field.DAYS_ABSENT)) : Set.of();
    }
}
