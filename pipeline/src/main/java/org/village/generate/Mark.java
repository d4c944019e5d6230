package org.village.generate;

/** A student's mark in a course for a term, as a percentage; the letter and grade points follow the scale. */
record Mark(Course course, int percent) {

    String letter() {
        return MarkScale.letter(percent);
    }

    double points() {
        return MarkScale.points(percent);
    }

    /** Credits earned: a failed course earns none, though its credits still count as attempted. */
    double earnedCredits() {
        return points() == 0 ? 0 : course.credits();
    }
}
