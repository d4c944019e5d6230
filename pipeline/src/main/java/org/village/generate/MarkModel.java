package org.village.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives marks. A student's mark in a course starts from their ability (which goes with attending school: students
 * who miss more tend to do worse), moved by the course's difficulty and the level of school, plus a part that holds
 * for the course all year and a part drawn each quarter. A partnership's effect on grade points is added to its
 * participants' quarters ending on or after their first session. A semester mark averages its two quarters.
 * Everything is on a continuous grade-point scale, turned into a percentage and from it a letter, so a planted
 * effect of 0.15 points moves the average letter's grade points by about 0.15.
 */
final class MarkModel {

    private static final double MEAN = 2.85;
    private static final double PER_ABILITY = 0.8;
    private static final double COURSE_SPREAD = 0.3;
    private static final double QUARTER_SPREAD = 0.35;
    private static final double LOWEST = -2;
    private static final double HIGHEST = 4.4;

    private final RandomStreams streams;

    MarkModel(RandomStreams streams) {
        this.streams = streams;
    }

    /** Where a term's marks go, one at a time: a row of a file, which may fail to write. */
    interface MarkSink {
        void accept(Enrollment enrollment, Mark mark) throws IOException;
    }

    /**
     * A term's marks, in the order every export lists them: each student enrolled on the term's last day, in the
     * order given, then a mark per course of their grade.
     *
     * @return how many marks were given
     */
    long termMarks(List<Enrollment> enrollments, Term term, Participation participation, MarkSink sink)
            throws IOException {
        long given = 0;
        for (Enrollment enrollment : enrollments) {
            if (!enrollment.enrolledOn(term.end())) {
                continue;
            }
            Exposure exposure = participation.exposure(enrollment.student());
            List<Course> courses = Courses.forGrade(enrollment.grade());
            for (int c = 0; c < courses.size(); c++) {
                sink.accept(enrollment, mark(enrollment, courses.get(c), c, term, exposure));
                given++;
            }
        }
        return given;
    }

    /** {@code exposure} may be null. */
    Mark mark(Enrollment enrollment, Course course, int courseIndex, Term term, Exposure exposure) {
        double sum = 0;
        for (int i = 0; i < term.quarters().size(); i++) {
            sum += quarter(enrollment, course, courseIndex, term.year(), term.quarters().get(i),
                    exposure != null && exposure.covers(term.quarterEnds().get(i)) ? exposure.gpaPoints() : 0);
        }
        return new Mark(course, MarkScale.percent(sum / term.quarters().size()));
    }

    private double quarter(Enrollment enrollment, Course course, int courseIndex, SchoolYear year, int quarter,
            double effect) {
        Student student = enrollment.student();
        SplittableRandom wholeYear = streams.stream("course", student.number(), year.startYear(), courseIndex);
        SplittableRandom thisQuarter = streams.stream("mark", student.number(), year.startYear(), courseIndex,
                quarter);
        double latent = MEAN + PER_ABILITY * student.ability() + level(enrollment.school().level())
                + course.difficulty() + COURSE_SPREAD * wholeYear.nextGaussian()
                + QUARTER_SPREAD * thisQuarter.nextGaussian() + effect;
        return Math.max(LOWEST, Math.min(HIGHEST, latent));
    }

    private static double level(School.Level level) {
        return switch (level) {
            case ELEMENTARY -> 0.15;
            case MIDDLE -> 0;
            case HIGH -> -0.1;
        };
    }
}
