package org.village.ingest.edfi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An enrolment's student groups, from the student's education organization association (Data Standard 3 to 5): the
 * one with the enrolment's school, else the student's first one (a district's, say). They become the roster's
 * columns as a student information system writes them:
 * <ul>
 * <li>gender from the sex descriptor: Male M, Female F, Non-binary X, Not Selected unknown, any other kept as sent;</li>
 * <li>race/ethnicity as federal reporting combines the races (as a OneRoster bundle's are): Hispanic or Latino when
 * the association says so (hispanicLatinoEthnicity, or a Hispanic or Latino race), else Two or More Races when
 * more than one race is listed, else the one race under its federal name; Choose Not to Respond counts as none;</li>
 * <li>English learner from the limited English proficiency descriptor: Limited is Y; NotLimited and the monitored
 * former learners (Limited Monitored 1 and 2) are N; none leaves it unknown; any other code is kept, and the roster
 * rejects it by name;</li>
 * <li>disability Y when the association lists a disability; economically disadvantaged, homeless and foster Y when it
 * lists the student characteristic Economic Disadvantaged, Homeless or Foster Care. Ed-Fi lists only what applies,
 * so a student without it is N where their association holds the list, even empty (as the API writes {@code []}),
 * or the export lists that group for some student; otherwise unknown (an XML export that never lists a disability
 * says nothing about anyone's).</li>
 * </ul>
 * A student with no association has every group unknown, as on a roster without those columns.
 */
final class StudentGroups implements Join {

    static final String GENDER = "Gender";
    static final String RACE_ETHNICITY = "Race/Ethnicity";
    static final String ENGLISH_LEARNER = "English Learner";
    static final String DISABILITY = "Disability";
    static final String ECONOMICALLY_DISADVANTAGED = "Economically Disadvantaged";
    static final String HOMELESS = "Homeless";
    static final String FOSTER = "Foster";

    static final String HISPANIC = "Hispanic or Latino";
    static final String TWO_OR_MORE = "Two or More Races";
    /** Ed-Fi's race code values (5.x, and 3.x's spelling) under the federal names a roster carries. */
    private static final Map<String, String> RACES = Map.ofEntries(
            Map.entry("american indian or alaska native", "American Indian or Alaska Native"),
            Map.entry("american indian - alaska native", "American Indian or Alaska Native"),
            Map.entry("asian", "Asian"),
            Map.entry("black or african american", "Black or African American"),
            Map.entry("black - african american", "Black or African American"),
            Map.entry("native hawaiian or pacific islander", "Native Hawaiian or Other Pacific Islander"),
            Map.entry("native hawaiian - pacific islander", "Native Hawaiian or Other Pacific Islander"),
            Map.entry("native hawaiian or other pacific islander", "Native Hawaiian or Other Pacific Islander"),
            Map.entry("white", "White"));
    private static final String NO_RACE = "choose not to respond";

    /** The groups Ed-Fi lists only when they apply, each with the student characteristic that says so. */
    private enum Listed {
        DISABILITY(StudentGroups.DISABILITY, null),
        ECONOMICALLY_DISADVANTAGED(StudentGroups.ECONOMICALLY_DISADVANTAGED, "economic disadvantaged"),
        HOMELESS(StudentGroups.HOMELESS, "homeless"),
        FOSTER(StudentGroups.FOSTER, "foster care");

        private final int column;
        private final String characteristic;

        Listed(String header, String characteristic) {
            this.column = RecordKind.ENROLMENT.header().indexOf(header);
            this.characteristic = characteristic;
        }
    }

    private static final int STUDENT_ID = RecordKind.ENROLMENT.header().indexOf("Student ID");
    private static final int SCHOOL_ID = RecordKind.ENROLMENT.header().indexOf("School ID");
    private static final int GENDER_COLUMN = RecordKind.ENROLMENT.header().indexOf(GENDER);
    private static final int RACE_COLUMN = RecordKind.ENROLMENT.header().indexOf(RACE_ETHNICITY);
    private static final int ENGLISH_COLUMN = RecordKind.ENROLMENT.header().indexOf(ENGLISH_LEARNER);

    /** One association's groups: {@code listed} those it lists, {@code stated} those it says yes or no to. */
    private record Groups(String organization, String gender, String race, String english, Set<Listed> listed,
            Set<Listed> stated) {
    }

    private final Map<String, List<Groups>> students = new HashMap<>();
    /** The groups the export lists for at least one student: for the others, theirs is N rather than unknown. */
    private final Set<Listed> recorded = EnumSet.noneOf(Listed.class);

    private StudentGroups() {
    }

    static StudentGroups read(Join.Records records) {
        StudentGroups join = new StudentGroups();
        records.each(Companion.STUDENT_GROUPS, association -> {
            String student = association.first(Companion.STUDENT);
            if (student.isEmpty()) {
                return;
            }
            Set<Listed> listed = EnumSet.noneOf(Listed.class);
            Set<Listed> stated = EnumSet.noneOf(Listed.class);
            if (!association.all(Companion.DISABILITIES).isEmpty()) {
                listed.add(Listed.DISABILITY);
            }
            if (association.hasList(Companion.DISABILITIES)) {
                stated.add(Listed.DISABILITY);
            }
            if (association.hasList(Companion.CHARACTERISTICS)) {
                stated.addAll(EnumSet.complementOf(EnumSet.of(Listed.DISABILITY)));
            }
            for (String characteristic : association.all(Companion.CHARACTERISTICS)) {
                for (Listed group : Listed.values()) {
                    if (characteristic.toLowerCase(Locale.ROOT).equals(group.characteristic)) {
                        listed.add(group);
                    }
                }
            }
            join.recorded.addAll(listed);
            join.students.computeIfAbsent(student, s -> new ArrayList<>(1)).add(new Groups(
                    sameId(association.first(Companion.EDUCATION_ORGANIZATION)),
                    gender(association.first(Companion.SEX)),
                    race(association.first(Companion.HISPANIC), association.all(Companion.RACES)),
                    english(association.first(Companion.ENGLISH)), listed, stated));
        });
        return join;
    }

    @Override
    public void fill(String[] cells, EdFiRecord enrolment) {
        List<Groups> associations = students.get(cells[STUDENT_ID]);
        if (associations == null) {
            return;
        }
        String school = sameId(cells[SCHOOL_ID]);
        Groups groups = associations.stream().filter(g -> g.organization().equals(school)).findFirst()
                .orElse(associations.get(0));
        cells[GENDER_COLUMN] = groups.gender();
        cells[RACE_COLUMN] = groups.race();
        cells[ENGLISH_COLUMN] = groups.english();
        for (Listed group : Listed.values()) {
            if (groups.listed().contains(group)) {
                cells[group.column] = "Y";
            } else if (groups.stated().contains(group) || recorded.contains(group)) {
                cells[group.column] = "N";
            }
        }
    }

    /** An id as schools are matched: "0101" and the API's integer 101 are the same school. */
    static String sameId(String id) {
        return id.strip().replaceFirst("^0+(?=.)", "");
    }

    static String gender(String sex) {
        return switch (sex.toLowerCase(Locale.ROOT)) {
            case "male" -> "M";
            case "female" -> "F";
            case "non-binary" -> "X";
            case "not selected", "" -> "";
            default -> sex;
        };
    }

    static String race(String hispanic, List<String> races) {
        List<String> named = new ArrayList<>();
        for (String race : races) {
            String code = race.toLowerCase(Locale.ROOT);
            if (code.equals(HISPANIC.toLowerCase(Locale.ROOT))) {
                return HISPANIC;
            }
            String federal = RACES.getOrDefault(code, race);
            if (!code.equals(NO_RACE) && !named.contains(federal)) {
                named.add(federal);
            }
        }
        if ("true".equalsIgnoreCase(hispanic) || "1".equals(hispanic)) {
            return HISPANIC;
        }
        return named.size() > 1 ? TWO_OR_MORE : named.isEmpty() ? "" : named.get(0);
    }

    static String english(String proficiency) {
        return switch (proficiency.toLowerCase(Locale.ROOT)) {
            case "limited" -> "Y";
            case "notlimited", "not limited", "limited monitored 1", "limited monitored 2" -> "N";
            default -> proficiency;
        };
    }
}
