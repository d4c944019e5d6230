package org.village.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Admits students the district has not seen before: a number never used before, a fictional name, a gender and a
 * tendency to miss school.
 */
final class NewStudents {

    /** Numbers start low enough that every id carries leading zeros ("001234"), which ingest must keep. */
    private static final int FIRST_NUMBER = 1000;
    /** Real id sequences have gaps; contiguous ids could hide a bug that mistakes an id for a row number. */
    private static final int MAX_GAP = 9;

    private final SplittableRandom random;
    private int lastNumber = FIRST_NUMBER;

    NewStudents(SplittableRandom random) {
        this.random = random;
    }

    /** {@code count} new students in random order, so that number order says nothing about school or grade. */
    List<Student> admit(int count) {
        List<Student> students = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lastNumber += 1 + random.nextInt(MAX_GAP);
            students.add(new Student(lastNumber, FictionalNames.lastFirst(random), gender(), random.nextGaussian()));
        }
        for (int i = students.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            students.set(i, students.set(j, students.get(i)));
        }
        return students;
    }

    private String gender() {
        double u = random.nextDouble();
        return u < 0.49 ? "M" : u < 0.98 ? "F" : "X";
    }
}
