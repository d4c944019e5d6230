package org.village.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws up the district's partnerships: about one for every school (never fewer than four), the kinds taken in turn,
 * each serving one to three schools where it works, the least-served schools first. Most start on the first day of
 * the current school year, some a month or two later; each gets a planted true effect on attendance and GPA from a
 * fixed cycle, so that every district of four or more partnerships has positive, zero and negative effects.
 */
final class PartnershipPlanner {

    private static final List<PartnershipType> KINDS = List.of(PartnershipType.MENTORING, PartnershipType.TUTORING,
            PartnershipType.HEALTH_CLINIC, PartnershipType.CLUBS, PartnershipType.FOOD_AND_CLOTHING,
            PartnershipType.CAREER_DAYS, PartnershipType.VOLUNTEERS);
    /** Attendance effect in points and GPA effect in grade points, taken in turn. */
    private static final double[][] EFFECTS = {{2.0, 0.15}, {1.0, 0.10}, {0, 0}, {-1.0, -0.10}, {1.5, 0},
        {0, 0.05}, {3.0, 0.20}, {0.5, 0}};
    private static final int MIN_PARTNERSHIPS = 4;
    private static final double PER_SCHOOL = 0.85;
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private PartnershipPlanner() {
    }

    static List<Partnership> plan(District district, SchoolCalendar current, SchoolYear baseline,
            SplittableRandom random) {
        int count = Math.max(MIN_PARTNERSHIPS, (int) Math.round(PER_SCHOOL * district.schools().size()));
        int[] served = new int[district.schools().size()];
        int[] ofKind = new int[PartnershipType.values().length];
        List<Partnership> partnerships = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PartnershipType type = KINDS.get(i % KINDS.size());
            List<School> schools = schoolsFor(type, district, served, random);
            int nth = ofKind[type.ordinal()]++;
            LocalDate start = start(current, random);
            double[] effects = EFFECTS[i % EFFECTS.length];
            int districtDollars = roundTo500(type.districtInvestmentPerSchool() * schools.size() * spread(random));
            int partnerDollars = roundTo500(type.partnerInvestmentPerSchool() * schools.size() * spread(random));
            LocalDate end = random.nextDouble() < 0.4 ? null : current.year().lastDay();
            String cadence = random.nextDouble() < 0.75 ? Partnership.QUARTERLY : Partnership.MONTHLY;
            partnerships.add(new Partnership(String.format(Locale.ROOT, "P-%03d", i + 1),
                    PartnerNames.name(type, nth), type, schools, start, end, baseline, districtDollars, partnerDollars,
                    cadence, goals(type, schools, current.year()), effects[0], effects[1],
                    WEEKDAYS.get(random.nextInt(WEEKDAYS.size())),
                    PartnerFiles.STYLES.get(i % PartnerFiles.STYLES.size())));
        }
        return partnerships;
    }

    /** One to three schools of the kinds the partnership works in, those served by the fewest partnerships first. */
    private static List<School> schoolsFor(PartnershipType type, District district, int[] served,
            SplittableRandom random) {
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < district.schools().size(); s++) {
            if (type.worksIn(district.schools().get(s))) {
                candidates.add(s);
            }
        }
        double[] tieBreak = new double[served.length];
        candidates.forEach(s -> tieBreak[s] = random.nextDouble());
        candidates.sort(Comparator.<Integer>comparingInt(s -> served[s]).thenComparingDouble(s -> tieBreak[s]));
        double u = random.nextDouble();
        int wanted = Math.min(candidates.size(), u < 0.5 ? 1 : u < 0.85 ? 2 : 3);
        List<Integer> chosen = new ArrayList<>(candidates.subList(0, wanted));
        chosen.sort(Comparator.naturalOrder());
        List<School> schools = new ArrayList<>(wanted);
        for (int s : chosen) {
            served[s]++;
            schools.add(district.schools().get(s));
        }
        return schools;
    }

    /** The year's first school day for most; the first school day of September or October for the rest. */
    private static LocalDate start(SchoolCalendar current, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.6) {
            return current.firstDay();
        }
        YearMonth month = YearMonth.of(current.year().startYear(), u < 0.85 ? Month.SEPTEMBER : Month.OCTOBER);
        return current.daysIn(month).first();
    }

    private static List<Goal> goals(PartnershipType type, List<School> schools, SchoolYear year) {
        LocalDate by = year.lastDay();
        Goal attendance = new Goal("attendance_rate", 0.95, by);
        Goal second = switch (type) {
            case MENTORING -> new Goal("chronic_absenteeism", 0.15, by);
            case TUTORING, CLUBS -> new Goal("gpa", 3.0, by);
            case VOLUNTEERS -> new Goal("volunteer_hours", 400.0 * schools.size(), by);
            default -> new Goal("students_served", 40.0 * schools.size(), by);
        };
        return List.of(attendance, second);
    }

    private static double spread(SplittableRandom random) {
        return 0.8 + 0.4 * random.nextDouble();
    }

    private static int roundTo500(double dollars) {
        return (int) Math.round(dollars / 500) * 500;
    }
}
