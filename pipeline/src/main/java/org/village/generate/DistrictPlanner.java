package org.village.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Lays out a district of a given size: about a fifth of its schools middle schools, a fifth high schools, the rest
 * elementary (at least one of each); every grade about the same size across the district; schools of a level
 * differing in size; each elementary school feeding one middle school and each middle school one high school. Schools
 * take the export layouts in turn; the daily-record schools are spread over the list.
 */
final class DistrictPlanner {

    /** School ids are four digits with leading zeros, in a block per level: 0101…, 0501…, 0801…. */
    private static final int ELEMENTARY_IDS = 101;
    private static final int MIDDLE_IDS = 501;
    private static final int HIGH_IDS = 801;
    /** Schools of a level differ in size by up to this much either way. */
    private static final double SIZE_SPREAD = 0.25;
    private static final int GRADES = 13;

    private DistrictPlanner() {
    }

    static District plan(GeneratorArguments arguments, SplittableRandom random) {
        int n = arguments.schools();
        int high = Math.max(1, (int) Math.round(n * 0.2));
        int middle = Math.max(1, (int) Math.round(n * 0.2));
        int elementary = n - high - middle;
        double perGrade = (double) arguments.students() / GRADES;
        List<Integer> elementarySizes = sizes(elementary, perGrade * 6, random);
        List<Integer> middleSizes = sizes(middle, perGrade * 3, random);
        List<Integer> highSizes = sizes(high, perGrade * 4, random);
        TreeSet<Integer> daily = dailyPositions(n, arguments.dailySchools());

        List<School> schools = new ArrayList<>(n);
        Exports exports = new Exports(daily);
        for (int i = 0; i < elementary; i++) {
            schools.add(exports.school(id(ELEMENTARY_IDS + i), School.Level.ELEMENTARY, i, elementarySizes.get(i),
                    id(MIDDLE_IDS + i * middle / elementary)));
        }
        for (int i = 0; i < middle; i++) {
            schools.add(exports.school(id(MIDDLE_IDS + i), School.Level.MIDDLE, i, middleSizes.get(i),
                    id(HIGH_IDS + i * high / middle)));
        }
        for (int i = 0; i < high; i++) {
            schools.add(exports.school(id(HIGH_IDS + i), School.Level.HIGH, i, highSizes.get(i), null));
        }
        return new District(schools);
    }

    private static String id(int number) {
        return String.format(Locale.ROOT, "%04d", number);
    }

    /** Splits a level's students over its schools, each within {@link #SIZE_SPREAD} of the average. */
    private static List<Integer> sizes(int schools, double students, SplittableRandom random) {
        double[] weights = new double[schools];
        double total = 0;
        for (int i = 0; i < schools; i++) {
            weights[i] = 1 + SIZE_SPREAD * (2 * random.nextDouble() - 1);
            total += weights[i];
        }
        List<Integer> sizes = new ArrayList<>(schools);
        for (double weight : weights) {
            sizes.add((int) Math.round(students * weight / total));
        }
        return sizes;
    }

    /** Positions in the school list of the schools sending daily records, spread evenly from the first. */
    private static TreeSet<Integer> dailyPositions(int schools, int daily) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (int j = 0; j < daily; j++) {
            positions.add((int) ((long) j * schools / daily));
        }
        return positions;
    }

    /** Hands out layouts in turn: summaries to summary schools, daily layouts to daily schools, marks to all. */
    private static final class Exports {

        private final TreeSet<Integer> daily;
        private int position;
        private int summaries;
        private int dailies;

        Exports(TreeSet<Integer> daily) {
            this.daily = daily;
        }

        School school(String id, School.Level level, int index, int students, String feedsInto) {
            AttendanceLayout attendance = daily.contains(position)
                    ? ExportStyles.DAILY.get(dailies++ % ExportStyles.DAILY.size())
                    : ExportStyles.SUMMARIES.get(summaries++ % ExportStyles.SUMMARIES.size());
            MarksLayout marks = ExportStyles.MARKS.get(position % ExportStyles.MARKS.size());
            position++;
            return new School(id, SchoolNames.name(level, index), level, students, feedsInto, attendance, marks);
        }
    }
}
