package org.village.generate;

import java.time.LocalDate;

/**
 * A student's participation in a partnership: from their first session on, the partnership's true effects apply to
 * them, in points on the attendance rate and on grade points.
 */
record Exposure(LocalDate from, double attendancePoints, double gpaPoints) {

    boolean covers(LocalDate day) {
        return !day.isBefore(from);
    }
}
