package org.village.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's school days in one calendar month at one school: each day enrolled, what happened that day, and a
 * uniform draw in [0, 1) that exports use for detail (which of a status's codes, how many minutes late).
 */
record StudentMonth(Enrollment enrollment, List<LocalDate> days, DayStatus[] statuses, double[] detail) {

    int daysEnrolled() {
        return days.size();
    }

    int daysPresent() {
        int present = 0;
        for (DayStatus status : statuses) {
            present += status.present() ? 1 : 0;
        }
        return present;
    }

    int daysAbsent() {
        return daysEnrolled() - daysPresent();
    }

    boolean presentOn(LocalDate day) {
        int i = days.indexOf(day);
        return i >= 0 && statuses[i].present();
    }
}
