package org.village.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * The subgroups a student belongs to, from the latest roster that lists the student (product brief §2, equity):
 * grade, gender, race/ethnicity, and the programme flags. Unknown values put the student in no group of that kind.
 */
record StudentProfile(String grade, String gender, String raceEthnicity, Boolean englishLearner, Boolean disability,
        Boolean economicallyDisadvantaged, Boolean homeless, Boolean foster) {

    static final StudentProfile UNKNOWN = new StudentProfile(null, null, null, null, null, null, null, null);

    /** Subgroup keys, each "dimension" or "dimension:value"; "all" is not among them. */
    List<String> subgroups() {
        List<String> groups = new ArrayList<>(8);
        if (grade != null) {
            groups.add("grade:" + grade);
        }
        if (gender != null && !gender.isBlank()) {
            groups.add("gender:" + gender.trim());
        }
        if (raceEthnicity != null && !raceEthnicity.isBlank()) {
            groups.add("race:" + raceEthnicity.trim());
        }
        flag(groups, englishLearner, "english_learner");
        flag(groups, disability, "disability");
        flag(groups, economicallyDisadvantaged, "economically_disadvantaged");
        flag(groups, homeless, "homeless");
        flag(groups, foster, "foster");
        return groups;
    }

    private static void flag(List<String> groups, Boolean value, String name) {
        if (Boolean.TRUE.equals(value)) {
            groups.add(name);
        }
    }

    /** The dimension of a subgroup key: "grade:3" → "grade"; a flag is its own dimension. */
    static String dimension(String subgroup) {
        int colon = subgroup.indexOf(':');
        return colon < 0 ? subgroup : subgroup.substring(0, colon);
    }
}
