package org.village.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement between the district and a partner, as the registry records it, with what only the generator knows:
 * its true effects on participants' attendance rate (points) and GPA (grade points), the weekday its sessions fall
 * on, and how its partner sends files. {@code end} is null for an open-ended agreement.
 */
record Partnership(
        String id,
        String partnerName,
        PartnershipType type,
        List<School> schools,
        LocalDate start,
        LocalDate end,
        SchoolYear baselineYear,
        int districtInvestment,
        int partnerInvestment,
        String checkInCadence,
        List<Goal> goals,
        double attendanceEffect,
        double gpaEffect,
        DayOfWeek weekday,
        PartnerFiles files) {

    static final String QUARTERLY = "quarterly";
    static final String MONTHLY = "monthly";

    Partnership {
        schools = List.copyOf(schools);
        goals = List.copyOf(goals);
    }

    boolean serves(School school) {
        return schools.contains(school);
    }
}
