package org.village.generate;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the rows made wrong on purpose go, so that a run shows bad rows being rejected and reported rather than
 * loaded. All go into the files of the last month written, the one a monthly run reports on: in the first summary
 * school counting days present, days present above days enrolled; in the first counting days absent, days absent
 * above days enrolled; in the next summary school, a student id that matches nobody; in the first daily school, an
 * attendance code no system uses; in the second, the id that matches nobody; in the first partner file of the month, a
 * student id whose leading zeros were lost. Each is recorded in the ground truth as it is written.
 */
final class PlantedDefects {

    enum Kind {
        OVER_PRESENT(10), OVER_ABSENT(7), UNKNOWN_STUDENT(25), UNKNOWN_CODE(40), UNKNOWN_DAILY_STUDENT(100),
        LOST_LEADING_ZEROS(3);

        /** Position among the file's data rows, from 0 (or the last row, in a shorter file). */
        private final int position;

        Kind(int position) {
            this.position = position;
        }

        int position(int dataRows) {
            return Math.min(position, dataRows - 1);
        }
    }

    /** On no roster: six digits, above every number the district gives out. */
    static final String UNKNOWN_STUDENT_ID = "999999";

    private final YearMonth month;
    private final Map<String, Kind> bySchool = new TreeMap<>();
    private final String partnershipId;

    /** {@code partnershipId} is the partnership whose file for {@code month} gets a bad row; null for none. */
    PlantedDefects(District district, YearMonth month, String partnershipId) {
        this.month = month;
        this.partnershipId = partnershipId;
        Kind nextDaily = Kind.UNKNOWN_CODE;
        boolean unknownStudent = false;
        for (School school : district.schools()) {
            if (school.attendance() instanceof AttendanceSummaryLayout summary) {
                Kind kind = summary.dayCount() == AttendanceSummaryLayout.DayCount.PRESENT ? Kind.OVER_PRESENT
                        : Kind.OVER_ABSENT;
                if (!bySchool.containsValue(kind)) {
                    bySchool.put(school.id(), kind);
                } else if (!unknownStudent) {
                    bySchool.put(school.id(), Kind.UNKNOWN_STUDENT);
                    unknownStudent = true;
                }
            } else if (nextDaily != null) {
                bySchool.put(school.id(), nextDaily);
                nextDaily = nextDaily == Kind.UNKNOWN_CODE ? Kind.UNKNOWN_DAILY_STUDENT : null;
            }
        }
    }

    /** The bad row the school's attendance file for {@code fileMonth} gets, if any. */
    Optional<Kind> inAttendance(School school, YearMonth fileMonth) {
        return fileMonth.equals(month) ? Optional.ofNullable(bySchool.get(school.id())) : Optional.empty();
    }

    /** Whether the partnership's sessions for {@code fileMonth} get the id with lost leading zeros. */
    boolean inSessions(Partnership partnership, YearMonth fileMonth) {
        return fileMonth.equals(month) && partnership.id().equals(partnershipId);
    }
}
