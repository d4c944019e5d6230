package org.village.generate;

/** What happened to a student on a school day they were enrolled. A tardy student was present. */
enum DayStatus {
    PRESENT("present"), TARDY("tardy"), EXCUSED_ABSENCE("absent, excused"), UNEXCUSED_ABSENCE("absent, unexcused");

    private final String description;

    DayStatus(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    boolean present() {
        return this == PRESENT || this == TARDY;
    }
}
