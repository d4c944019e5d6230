package org.village.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Admits students the district has not seen before: a number never used before, a fictional name, a gender, the
 * groups they belong to, and their tendencies to miss school and to do well in class. The groups come in about the
 * proportions of US public schools, and they move the tendencies the way they do in real districts: students in
 * poverty, homeless or in foster care miss more school on average, and the district's reports have gaps to show.
 */
final class NewStudents {

    /** Numbers start low enough that every id carries leading zeros ("001234"), which ingest must keep. */
    private static final int FIRST_NUMBER = 1000;
    /** Ids stay at six digits, below the {@link PlantedDefects} id that matches nobody. */
    private static final int LAST_NUMBER = 900_000;
    /** Real id sequences have gaps; contiguous ids could hide a bug that mistakes an id for a row number. */
    private static final int MAX_GAP = 9;
    /** How many students a district admits over two years, for each student on its first day. */
    private static final double ADMITTED_PER_STUDENT = 1.4;

    private static final String[] RACE_ETHNICITY = {"White", "Hispanic or Latino", "Black or African American",
        "Asian", "Two or More Races", "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander"};
    private static final double[] RACE_SHARE = {0.445, 0.28, 0.15, 0.055, 0.05, 0.013, 0.007};
    /** Share economically disadvantaged, by the categories above. */
    private static final double[] ECON_SHARE = {0.35, 0.62, 0.64, 0.30, 0.45, 0.65, 0.55};
    /** Share learning English, by the categories above. */
    private static final double[] ELL_SHARE = {0.01, 0.28, 0.04, 0.22, 0.02, 0.08, 0.15};

    private final SplittableRandom random;
    private final int maxGap;
    private int lastNumber = FIRST_NUMBER;
    private int admitted;

    /** {@code firstDayStudents} is the district's size, which sets how far apart numbers may be. */
    NewStudents(SplittableRandom random, int firstDayStudents) {
        this.random = random;
        double room = (LAST_NUMBER - FIRST_NUMBER) / (ADMITTED_PER_STUDENT * firstDayStudents);
        this.maxGap = (int) Math.max(1, Math.min(MAX_GAP, 2 * room - 1));
    }

    /** {@code count} new students in random order, so that number order says nothing about school or grade. */
    List<Student> admit(int count) {
        List<Student> students = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lastNumber += 1 + random.nextInt(maxGap);
            if (lastNumber > LAST_NUMBER) {
                throw new IllegalStateException("Student numbers ran past " + LAST_NUMBER);
            }
            students.add(student(lastNumber));
        }
        for (int i = students.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            students.set(i, students.set(j, students.get(i)));
        }
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            students.set(i, new Student(admitted++, s.number(), s.lastFirst(), s.gender(), s.subgroups(),
                    s.absenceTendency(), s.ability()));
        }
        return students;
    }

    private Student student(int number) {
        String name = FictionalNames.lastFirst(random);
        String gender = gender();
        int race = pick(RACE_SHARE);
        boolean econ = random.nextDouble() < ECON_SHARE[race];
        Subgroups groups = new Subgroups(RACE_ETHNICITY[race], random.nextDouble() < ELL_SHARE[race],
                random.nextDouble() < 0.15, econ, random.nextDouble() < (econ ? 0.05 : 0.004),
                random.nextDouble() < 0.006);
        double tendency = random.nextGaussian();
        double ability = -0.35 * tendency + 0.94 * random.nextGaussian()
                - (econ ? 0.25 : 0) - (groups.disability() ? 0.35 : 0) - (groups.englishLearner() ? 0.2 : 0);
        return new Student(-1, number, name, gender, groups, tendency, ability);
    }

    private int pick(double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private String gender() {
        double u = random.nextDouble();
        return u < 0.49 ? "M" : u < 0.98 ? "F" : "X";
    }

    /** Students admitted so far; their indexes run from 0 to this less one. */
    int admitted() {
        return admitted;
    }
}
