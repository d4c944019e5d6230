package org.village.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The two rows made wrong on purpose, so that a demo run shows bad rows being rejected and reported rather than
 * loaded. Both go into the last month written, the one a monthly run reports on; {@code sample-data/README.md} says
 * where they are, so keep the two in step.
 */
final class PlantedDefects {

    static final String OVER_PRESENT_SCHOOL = "0101";
    /** Position among the data rows, from 0; with 0101's header in row 1 this is Excel row 12. */
    static final int OVER_PRESENT_INDEX = 10;
    static final String UNKNOWN_STUDENT_SCHOOL = "0201";
    static final String UNKNOWN_STUDENT_ID = "999999";
    /** Position among the data rows, from 0; with 0201's header in row 1 this is Excel row 27. */
    static final int UNKNOWN_STUDENT_INDEX = 25;

    private final YearMonth month;

    PlantedDefects(YearMonth month) {
        this.month = month;
    }

    List<MonthlyAttendance> apply(School school, YearMonth rowsMonth, List<MonthlyAttendance> rows) {
        if (!rowsMonth.equals(month)) {
            return rows;
        }
        List<MonthlyAttendance> planted = new ArrayList<>(rows);
        if (school.id().equals(OVER_PRESENT_SCHOOL)) {
            MonthlyAttendance row = planted.get(OVER_PRESENT_INDEX);
            planted.set(OVER_PRESENT_INDEX, new MonthlyAttendance(row.studentId(), row.schoolId(), row.month(),
                    row.daysEnrolled(), row.daysEnrolled() + 2));
        } else if (school.id().equals(UNKNOWN_STUDENT_SCHOOL)) {
            MonthlyAttendance neighbour = planted.get(UNKNOWN_STUDENT_INDEX);
            planted.add(UNKNOWN_STUDENT_INDEX, new MonthlyAttendance(UNKNOWN_STUDENT_ID, school.id(), month,
                    neighbour.daysEnrolled(), neighbour.daysEnrolled() - 1));
        }
        return planted;
    }
}
