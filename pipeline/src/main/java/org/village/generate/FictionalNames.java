package org.village.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names for fictional students, from a deliberately varied list (accents, apostrophes, Vietnamese and Spanish
 * diacritics) so that anything which mishandles names shows it. Pairs are drawn at random, so no real person is meant.
 */
final class FictionalNames {

    private static final List<String> LAST = List.of(
            "Nguyễn", "Müller", "O'Brien", "Ramírez", "Đặng", "García", "Smith", "Johnson", "Williams", "Brown",
            "Martínez", "Hernández", "López", "González", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
            "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Lewis", "Robinson", "Walker", "Young",
            "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
            "Rivera", "Campbell", "Mitchell", "Carter", "Kowalski", "Novák", "Østergaard", "Björk", "Schäfer",
            "Yılmaz", "Ćosić", "Kim", "Park", "Chen", "Wang", "Singh", "Patel", "Okafor", "Adeyemi", "Haddad",
            "Cohen", "Murphy", "Sullivan", "O'Connor", "MacDonald", "D'Angelo", "Lefèvre", "Dubois", "Gonçalves",
            "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Yamamoto", "Ōtsuka", "Begay", "Yazzie", "Peña", "Ibáñez");

    private static final List<String> FIRST = List.of(
            "José", "Zoë", "Chloé", "María", "Sofía", "Liam", "Noah", "Olivia", "Emma", "Ava", "Mateo", "Santiago",
            "Valentina", "Camila", "Lucía", "Diego", "Ángel", "Noé", "Inés", "Léa", "Renée", "Anaïs", "Björn", "Søren",
            "Jürgen", "Thảo", "Minh", "Anh", "Huy", "Linh", "Ngọc", "Aiyana", "Kai", "Amara", "Chidi", "Ifeoma",
            "Yusuf", "Aisha", "Fatima", "Omar", "Priya", "Arjun", "Ananya", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon",
            "Wei", "Mei", "Ethan", "Mason", "Lucas", "Harper", "Evelyn", "Abigail", "Isabella", "Mia", "Elijah",
            "James", "Benjamin", "Henry", "Jack", "Owen", "François", "Joaquín", "Maëlle", "Siobhán", "Declan");

    /** Share of students given two family names, as many Spanish-speaking families do. */
    private static final double DOUBLE_SURNAME = 0.06;

    private FictionalNames() {
    }

    /** A name in roster form, "Last, First". */
    static String lastFirst(SplittableRandom random) {
        String last = pick(LAST, random);
        if (random.nextDouble() < DOUBLE_SURNAME) {
            last = last + "-" + pick(LAST, random);
        }
        return last + ", " + pick(FIRST, random);
    }

    /** A name as adults sign it, "First Last". */
    static String firstLast(SplittableRandom random) {
        return pick(FIRST, random) + " " + pick(LAST, random);
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
