package org.village.generate;

/**
 * A course a student takes for a whole year. {@code difficulty} moves its marks up or down in grade points;
 * {@code credits} weigh its marks in a GPA, and an advisory period's 0 keeps it out.
 */
record Course(String number, String name, double credits, double difficulty) {
}
