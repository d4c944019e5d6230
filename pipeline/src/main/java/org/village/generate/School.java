package org.village.generate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A school of the fictional district. {@code targetStudents} is about how many students it enrols on the first day;
 * {@code feedsInto} is the id of the school its last grade moves up to (none for a high school); {@code attendance}
 * and {@code marks} are how its student information system exports attendance and course marks.
 */
record School(String id, String name, Level level, int targetStudents, String feedsInto, AttendanceLayout attendance,
        MarksLayout marks) {

    enum Level {
        ELEMENTARY(0, 5), MIDDLE(6, 8), HIGH(9, 12);

        private final int lowestGrade;
        private final int highestGrade;

        Level(int lowestGrade, int highestGrade) {
            this.lowestGrade = lowestGrade;
            this.highestGrade = highestGrade;
        }

        boolean teaches(Grade grade) {
            return grade.level() >= lowestGrade && grade.level() <= highestGrade;
        }

        List<Grade> grades() {
            return IntStream.rangeClosed(lowestGrade, highestGrade).mapToObj(Grade::new).toList();
        }
    }

    boolean teaches(Grade grade) {
        return level.teaches(grade);
    }

    boolean sendsDailyRecords() {
        return attendance instanceof DailyAttendanceLayout;
    }
}
