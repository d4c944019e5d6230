package org.village.generate;


/**
 * A fictional student. {@code index} counts students in the order the district first saw them, from 0.
 * {@code absenceTendency} and {@code ability} are where the student sits among peers, in standard deviations, in
 * how often they miss school and how well they do in class; both follow the student from year to year.
 */
record Student(int index, int number, String lastFirst, String gender, Subgroups subgroups, double absenceTendency,
        double ability) {

    /** Six digits with leading zeros, as the district's system prints it. */
    String id() {
        return id(number);
    }

    /** Zero-padded by hand: String.format here took a tenth of generating a district. */
    static String id(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }

    /** The first name of a "Last, First" name. */
    String firstName() {
        return lastFirst.substring(lastFirst.indexOf(", ") + 2);
    }
}
