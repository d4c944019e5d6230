package org.village.generate;

import static org.village.generate.School.Level.ELEMENTARY;
import static org.village.generate.School.Level.HIGH;
import static org.village.generate.School.Level.MIDDLE;

import java.util.List;
import java.util.Set;

/**
 * The kinds of partnership the product serves, with how each one runs: which levels of school it works in, what
 * share of the students there it takes on, how its sessions fall (weekly, twice a week, a monthly event, or
 * drop-in visits), how long a session is, what partners call their activities, the dosage it aims for, and about
 * what it costs the district and the partner a school a year.
 */
enum PartnershipType {

    MENTORING("mentoring", Set.of(ELEMENTARY, MIDDLE, HIGH), 0.12, Schedule.WEEKLY, 1.0,
            List.of("One-to-one mentoring", "Group mentoring"), 10, 15_000, 12_000),
    TUTORING("tutoring", Set.of(ELEMENTARY, MIDDLE, HIGH), 0.16, Schedule.TWICE_WEEKLY, 1.0,
            List.of("Math tutoring", "Reading tutoring", "Homework help"), 15, 40_000, 10_000),
    HEALTH_CLINIC("health clinic", Set.of(ELEMENTARY, MIDDLE, HIGH), 0.18, Schedule.DROP_IN, 0.5,
            List.of("Well-child visit", "Dental screening", "Counseling session", "Vision screening"), 1,
            25_000, 30_000),
    CLUBS("clubs", Set.of(ELEMENTARY, MIDDLE), 0.14, Schedule.WEEKLY, 1.5,
            List.of("Robotics club", "Art club", "Chess club", "Garden club"), 12, 8_000, 6_000),
    FOOD_AND_CLOTHING("food and clothing", Set.of(ELEMENTARY, MIDDLE, HIGH), 0.14, Schedule.MONTHLY, 0.5,
            List.of("Food pantry pickup", "Clothing closet"), 1, 10_000, 25_000),
    CAREER_DAYS("career days", Set.of(MIDDLE, HIGH), 0.22, Schedule.MONTHLY, 3.0,
            List.of("Career fair", "Job shadow day", "Workplace visit"), 6, 5_000, 8_000),
    VOLUNTEERS("volunteers", Set.of(ELEMENTARY), 0.18, Schedule.WEEKLY, 0.5,
            List.of("Reading buddies", "Classroom helper"), 5, 3_000, 2_000);

    enum Schedule {
        /** On the partnership's weekday every week. */
        WEEKLY,
        /** On the partnership's weekday and two days later. */
        TWICE_WEEKLY,
        /** Once a month, on the partnership's weekday in the month's second week. */
        MONTHLY,
        /** Any school day; a participant comes now and then. */
        DROP_IN
    }

    private final String label;
    private final Set<School.Level> levels;
    private final double share;
    private final Schedule schedule;
    private final double sessionHours;
    private final List<String> activities;
    private final int minimumDosageHours;
    private final int districtInvestmentPerSchool;
    private final int partnerInvestmentPerSchool;

    PartnershipType(String label, Set<School.Level> levels, double share, Schedule schedule, double sessionHours,
            List<String> activities, int minimumDosageHours, int districtInvestmentPerSchool,
            int partnerInvestmentPerSchool) {
        this.label = label;
        this.levels = levels;
        this.share = share;
        this.schedule = schedule;
        this.sessionHours = sessionHours;
        this.activities = activities;
        this.minimumDosageHours = minimumDosageHours;
        this.districtInvestmentPerSchool = districtInvestmentPerSchool;
        this.partnerInvestmentPerSchool = partnerInvestmentPerSchool;
    }

    /** As the registry writes it: "health clinic". */
    String label() {
        return label;
    }

    boolean worksIn(School school) {
        return levels.contains(school.level());
    }

    double share() {
        return share;
    }

    Schedule schedule() {
        return schedule;
    }

    double sessionHours() {
        return sessionHours;
    }

    List<String> activities() {
        return activities;
    }

    int minimumDosageHours() {
        return minimumDosageHours;
    }

    int districtInvestmentPerSchool() {
        return districtInvestmentPerSchool;
    }

    int partnerInvestmentPerSchool() {
        return partnerInvestmentPerSchool;
    }
}
