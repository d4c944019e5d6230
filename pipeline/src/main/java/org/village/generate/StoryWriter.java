package org.village.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes the success stories partners send now and then, from two templates per kind of partnership. Stories hold
 * what real ones do and files must carry: commas, quotation marks, apostrophes, now and then a line break, and
 * accented names. Templates say {school} and {name}; only the second of each kind names the student, and those are
 * the stories sent without consent to publish.
 */
final class StoryWriter {

    /** The chance a partner sends a story with a month's files. */
    private static final double STORY_A_MONTH = 0.4;
    private static final double CONSENT = 0.6;

    private record Template(String title, String story, String quote, String attribution) {
    }

    private StoryWriter() {
    }

    /** The story a partner sends with the month's files, if any, about one of the month's participants. */
    static Optional<Story> forMonth(Partnership partnership, NavigableSet<LocalDate> schoolDays, List<Session> sessions,
            SplittableRandom random) {
        if (sessions.isEmpty() || random.nextDouble() >= STORY_A_MONTH) {
            return Optional.empty();
        }
        boolean consent = random.nextDouble() < CONSENT;
        Template template = templates(partnership.type()).get(consent ? 0 : 1);
        Session about = sessions.get(random.nextInt(sessions.size()));
        String school = about.participant().enrollment().school().name();
        String name = about.participant().student().firstName();
        return Optional.of(new Story(schoolDays.last(), template.title().replace("{name}", name),
                template.story().replace("{name}", name).replace("{school}", school), template.quote(),
                template.attribution(), consent));
    }

    private static List<Template> templates(PartnershipType type) {
        return switch (type) {
            case MENTORING -> List.of(
                    new Template("A mentor who shows up", "Since meeting a mentor every week at {school}, a student"
                            + " who missed most Mondays last year hasn't missed one this fall. \"We talk about"
                            + " what's hard,\" the mentor says, \"and then we make a plan.\"",
                            "I know someone is expecting me.", "a seventh grader"),
                    new Template("{name}'s first good report", "At {school}, {name} and a mentor set one goal: be in"
                            + " class by the first bell.\nSix weeks later the goal is met, and the next one is"
                            + " reading.", "It's easier when you're not alone.", "a parent"));
            case TUTORING -> List.of(
                    new Template("Fractions, finally", "Twice a week after school at {school}, tutors work with"
                            + " small groups on the math that trips students up. One group went from \"I hate"
                            + " fractions\" to teaching them to the next group.", "Now I can help my little brother.",
                            "a fifth grader"),
                    new Template("Homework help that stuck", "{name} started homework help at {school} in the fall"
                            + " and hasn't missed a session, turning in every assignment since.",
                            "Now I ask for more problems.", "Ms. Ibáñez, a tutor"));
            case HEALTH_CLINIC -> List.of(
                    new Template("Glasses in a day", "The school clinic at {school} screened vision in the fall;"
                            + " students who needed glasses got them within a week, free, and teachers noticed.",
                            "I can see the board now.", "a fourth grader"),
                    new Template("An inhaler at school", "Asthma kept sending {name} home from {school}. With an"
                            + " inhaler and a plan at the clinic, the calls home stopped.",
                            "We got our mornings back.", "a parent"));
            case CLUBS -> List.of(
                    new Template("Robots on Thursday", "The robotics club at {school} meets after school; students"
                            + " who joined say it's the reason they don't want to miss Thursdays.",
                            "We're building a robot that sorts recycling.", "a sixth grader"),
                    new Template("{name}'s garden", "{name} planted the first tomatoes in the garden club's beds at"
                            + " {school} and now waters them before class every morning.",
                            "I come early for my plants.", "a club volunteer"));
            case FOOD_AND_CLOTHING -> List.of(
                    new Template("Warm coats before the cold", "Before the first frost, the clothing closet at"
                            + " {school} handed out coats, boots and gloves, no questions asked, to every family who"
                            + " came.", "Nobody should miss school because it's cold.", "Señora Peña, a volunteer"),
                    new Template("A full backpack on Fridays", "{name} takes home a backpack of food every Friday"
                            + " from {school}; the family says weekends are different now.", "Thank you, truly.",
                            "a grandparent"));
            case CAREER_DAYS -> List.of(
                    new Template("A day at the hospital", "Students from {school} spent a day with nurses, lab"
                            + " technicians and the people who keep a hospital running, and came back with"
                            + " questions for their science teacher.", "I didn't know there were so many jobs there.",
                            "an eleventh grader"),
                    new Template("{name}'s internship", "After the career fair at {school}, {name} asked for a"
                            + " summer internship at a print shop, and got it.", "The résumé was ready on day one.",
                            "a business owner"));
            case VOLUNTEERS -> List.of(
                    new Template("Reading buddies", "Volunteers read with first graders at {school} every week;"
                            + " the class's reading logs have doubled since September.",
                            "They run to the door when we arrive.", "a volunteer"),
                    new Template("{name} reads aloud", "{name}, who wouldn't read aloud in September, read a whole"
                            + " page to a reading buddy at {school}.", "That was the first time.", "a teacher"));
        };
    }
}
