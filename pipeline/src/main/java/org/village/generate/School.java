package org.village.generate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A school of the fictional district. {@code targetStudents} is about how many students it enrols on the first day;
 * {@code attendanceExport} is how its student information system lays out the monthly attendance summary.
 */
record School(String id, String name, Level level, int targetStudents, AttendanceExportLayout attendanceExport) {

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
}
