package org.village.generate;

import java.util.List;
import java.util.Locale;

/**
 * What each grade takes: the core subjects at full credit, an elective at half credit, and an advisory period at no
 * credit, which every school marks and no GPA should count.
 */
final class Courses {

    static final String ADVISORY = "Advisory";

    private static final List<String> MIDDLE_MATH = List.of("Math 6", "Math 7", "Pre-Algebra");
    private static final List<String> MIDDLE_SCIENCE = List.of("Life Science", "Earth Science", "Physical Science");
    private static final List<String> MIDDLE_SOCIAL = List.of("World Geography", "World History", "U.S. History");
    private static final List<String> HIGH_MATH = List.of("Algebra I", "Geometry", "Algebra II", "Pre-Calculus");
    private static final List<String> HIGH_SCIENCE = List.of("Biology", "Chemistry", "Physics",
            "Environmental Science");
    private static final List<String> HIGH_SOCIAL = List.of("World History", "Modern World History",
            "U.S. History", "Government and Economics");

    private Courses() {
    }

    static List<Course> forGrade(Grade grade) {
        int g = grade.level();
        if (g <= 5) {
            String label = grade.label();
            return List.of(
                    course(1, g, "English Language Arts " + label, 1, 0),
                    course(2, g, "Mathematics " + label, 1, -0.15),
                    course(3, g, "Science " + label, 1, -0.05),
                    course(4, g, "Social Studies " + label, 1, 0.05),
                    course(5, g, "Art " + label, 0.5, 0.4),
                    advisory());
        }
        if (g <= 8) {
            return List.of(
                    course(1, g, "English " + g, 1, 0),
                    course(2, g, MIDDLE_MATH.get(g - 6), 1, -0.2),
                    course(3, g, MIDDLE_SCIENCE.get(g - 6), 1, -0.1),
                    course(4, g, MIDDLE_SOCIAL.get(g - 6), 1, 0.05),
                    course(6, g, "Physical Education", 0.5, 0.4),
                    advisory());
        }
        return List.of(
                course(1, g, "English " + g, 1, -0.05),
                course(2, g, HIGH_MATH.get(g - 9), 1, -0.3),
                course(3, g, HIGH_SCIENCE.get(g - 9), 1, -0.2),
                course(4, g, HIGH_SOCIAL.get(g - 9), 1, 0),
                course(7, g, g <= 10 ? "Spanish I" : "Spanish II", 1, -0.1),
                course(5, g, "Art and Design", 0.5, 0.3),
                advisory());
    }

    private static Course course(int subject, int grade, String name, double credits, double difficulty) {
        return new Course(String.format(Locale.ROOT, "%d%03d", subject, grade), name, credits, difficulty);
    }

    private static Course advisory() {
        return new Course("ADV", ADVISORY, 0, 0.5);
    }
}
