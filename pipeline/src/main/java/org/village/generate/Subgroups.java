package org.village.generate;

/**
 * The student groups equity reporting looks at, as rosters carry them. {@code raceEthnicity} uses the federal
 * categories' wording.
 */
record Subgroups(String raceEthnicity, boolean englishLearner, boolean disability, boolean economicallyDisadvantaged,
        boolean homeless, boolean foster) {
}
