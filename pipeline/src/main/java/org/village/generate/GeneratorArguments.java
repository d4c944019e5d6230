package org.village.generate;

import java.time.YearMonth;

/**
 * What a district is generated from. The district has about {@code students} students on the first day of the
 * baseline year in {@code schools} schools; {@code dailySchools} of them send daily attendance records, the others
 * monthly summaries. {@code through} is the last month written: its school year is the current year, the one before
 * it the baseline year.
 */
public record GeneratorArguments(int students, int schools, int dailySchools, long seed, YearMonth through) {

    public static final int DEFAULT_STUDENTS = 3000;
    public static final int DEFAULT_SCHOOLS = 8;
    /** One elementary, one middle and one high school at least. */
    static final int MIN_SCHOOLS = 3;
    /** School ids are four digits, with a block of ids for each level of school. */
    static final int MAX_SCHOOLS = 500;
    /** Fewer students than this per school would leave grades of one or two students. */
    static final int MIN_STUDENTS_PER_SCHOOL = 40;
    /** Beyond this a district is a state; its files would no longer fit a four-digit school id or six-digit id. */
    static final int MAX_STUDENTS = 500_000;
    /** Districts this small keep most schools on monthly summaries, so the sample stays small enough to commit. */
    static final int SMALL_DISTRICT_SCHOOLS = 20;

    public GeneratorArguments {
        if (schools < MIN_SCHOOLS || schools > MAX_SCHOOLS) {
            throw new IllegalArgumentException(
                    "schools must be from " + MIN_SCHOOLS + " to " + MAX_SCHOOLS + ", not " + schools);
        }
        if (students < MIN_STUDENTS_PER_SCHOOL * schools || students > MAX_STUDENTS) {
            throw new IllegalArgumentException("students must be from " + MIN_STUDENTS_PER_SCHOOL
                    + " per school (" + MIN_STUDENTS_PER_SCHOOL * schools + ") to " + MAX_STUDENTS + ", not "
                    + students);
        }
        if (dailySchools < 0 || dailySchools > schools) {
            throw new IllegalArgumentException("daily schools must be from 0 to " + schools + ", not " + dailySchools);
        }
    }

    /**
     * The daily-record schools by the district's size: in a small district two schools send daily records and the
     * rest monthly summaries; in a larger one every school sends daily records.
     */
    public static GeneratorArguments of(int students, int schools, long seed, YearMonth through) {
        return new GeneratorArguments(students, schools, defaultDailySchools(schools), seed, through);
    }

    public static int defaultDailySchools(int schools) {
        return schools <= SMALL_DISTRICT_SCHOOLS ? Math.min(2, schools) : schools;
    }

    SchoolYear currentYear() {
        return SchoolYear.containing(through);
    }

    SchoolYear baselineYear() {
        return currentYear().previous();
    }

    /** The command line that generates this district into {@code out}. */
    public String commandLine(String out) {
        String line = "generate --students " + students + " --schools " + schools + " --seed " + seed
                + " --through " + through;
        if (dailySchools != defaultDailySchools(schools)) {
            line += " --daily-schools " + dailySchools;
        }
        return line + " --out " + out;
    }
}
