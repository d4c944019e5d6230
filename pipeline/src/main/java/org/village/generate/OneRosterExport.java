package org.village.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A school year's schools and roster as a OneRoster 1.1 CSV bundle, the folder {@code oneroster-2026-27/}, instead of
 * the schools and roster workbooks ({@code generate --format oneroster}). Users' sourcedIds are the SIS's internal
 * keys and their {@code identifier} the student number the other files use, as SIS exports write them. The academic
 * sessions are the school year and its quarters and semesters (every school's quarters end on the same days). Each
 * student has a homeroom enrolment from their entry date to their exit date, or to the year's last day when they stay;
 * each school has a teacher, whom Village must not roster.
 */
final class OneRosterExport {

    /** The bundle's files: manifest, orgs, academic sessions, courses, classes, users, enrollments, demographics. */
    static final int FILES = 8;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String DISTRICT = "district";
    private static final List<String> RACES = List.of("American Indian or Alaska Native", "Asian",
            "Black or African American", "Native Hawaiian or Other Pacific Islander", "White");

    private OneRosterExport() {
    }

    static String folder(SchoolYear year) {
        return "oneroster-" + year.label();
    }

    /** Returns the data rows written. */
    static int write(Path root, District district, Roster roster, SchoolCalendar calendar) throws IOException {
        Path dir = root.resolve(folder(roster.year()));
        Files.createDirectories(dir);
        String year = "Y" + (roster.year().startYear() + 1);
        int rows = 0;
        try (CSVPrinter out = printer(dir, "manifest.csv", "propertyName", "value")) {
            out.printRecord("manifest.version", "1.0");
            out.printRecord("oneroster.version", "1.1");
            for (String file : List.of("academicSessions", "classes", "courses", "demographics", "enrollments",
                    "orgs", "users")) {
                out.printRecord("file." + file, "bulk");
            }
            for (String file : List.of("categories", "classResources", "courseResources", "lineItems", "resources",
                    "results")) {
                out.printRecord("file." + file, "absent");
            }
            out.printRecord("source.systemName", "Village generator");
        }
        try (CSVPrinter out = printer(dir, "orgs.csv", "sourcedId", "status", "dateLastModified", "name", "type",
                "identifier", "parentSourcedId")) {
            out.printRecord(DISTRICT, "", "", "Village District", "district", "", "");
            for (School school : district.schools()) {
                out.printRecord(school.id(), "", "", school.name(), "school", school.id(), DISTRICT);
                rows++;
            }
        }
        try (CSVPrinter out = printer(dir, "academicSessions.csv", "sourcedId", "status", "dateLastModified", "title",
                "type", "startDate", "endDate", "parentSourcedId", "schoolYear")) {
            out.printRecord(year, "", "", roster.year().label(), "schoolYear", calendar.firstDay(),
                    calendar.lastDay(), "", roster.year().startYear() + 1);
            for (Term term : Terms.sentBy(School.Level.HIGH, calendar)) {
                out.printRecord(year + "-" + term.code(), "", "", term.code(),
                        term.quarters().size() == 1 ? "gradingPeriod" : "semester", Terms.begin(term, calendar),
                        term.end(), year, roster.year().startYear() + 1);
                rows++;
            }
        }
        try (CSVPrinter out = printer(dir, "courses.csv", "sourcedId", "status", "dateLastModified",
                "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes")) {
            out.printRecord("homeroom", "", "", year, "Homeroom", "HR", "", DISTRICT, "", "");
        }
        try (CSVPrinter out = printer(dir, "classes.csv", "sourcedId", "status", "dateLastModified", "title",
                "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId",
                "termSourcedIds", "subjects", "subjectCodes", "periods")) {
            for (School school : district.schools()) {
                out.printRecord("hr-" + school.id(), "", "", "Homeroom", "", "homeroom", "HR", "homeroom", "",
                        school.id(), year, "", "", "");
            }
        }
        try (CSVPrinter users = printer(dir, "users.csv", "sourcedId", "status", "dateLastModified", "enabledUser",
                "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName", "middleName",
                "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password");
                CSVPrinter enrollments = printer(dir, "enrollments.csv", "sourcedId", "status", "dateLastModified",
                        "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate",
                        "endDate");
                CSVPrinter demographics = printer(dir, "demographics.csv", "sourcedId", "status",
                        "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative", "asian",
                        "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
                        "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
                        "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus")) {
            for (School school : district.schools()) {
                String teacher = "tch-" + school.id();
                users.printRecord(teacher, "", "", "true", DISTRICT + "," + school.id(), "teacher", teacher, "",
                        "Homeroom", "Teacher", "", "T" + school.id(), "", "", "", "", "", "");
                enrollments.printRecord("enr-" + teacher, "", "", "hr-" + school.id(), school.id(), teacher,
                        "teacher", "true", calendar.firstDay(), calendar.lastDay());
            }
            for (Enrollment e : roster.enrollments()) {
                Student student = e.student();
                String user = "stu-" + student.number();
                String family = student.lastFirst().substring(0, student.lastFirst().indexOf(", "));
                users.printRecord(user, "", "", "true", DISTRICT + "," + e.school().id(), "student", user, "",
                        student.firstName(), family, "", student.id(), "", "", "", "", grade(e.grade()), "");
                enrollments.printRecord("enr-" + user, "", "", "hr-" + e.school().id(), e.school().id(), user,
                        "student", "false", e.entryDate(), e.stays() ? calendar.lastDay() : e.exitDate());
                demographics.printRecord(demographic(user, student));
                rows++;
            }
        }
        return rows;
    }

    /** Grades as the CEDS codes OneRoster uses: KG, 01 … 12. */
    private static String grade(Grade grade) {
        return grade.level() == 0 ? "KG" : String.format(Locale.ROOT, "%02d", grade.level());
    }

    /** The roster's one race/ethnicity label as the flags that give it back under the federal rules. */
    private static List<String> demographic(String user, Student student) {
        String race = student.subgroups().raceEthnicity();
        String sex = switch (student.gender()) {
            case "M" -> "male";
            case "F" -> "female";
            default -> "other";
        };
        List<String> flags = RACES.stream().map(r -> Boolean.toString(r.equals(race))).toList();
        return Stream.of(List.of(user, "", "", "", sex), flags,
                List.of(Boolean.toString("Two or More Races".equals(race)),
                        Boolean.toString("Hispanic or Latino".equals(race)), "", "", "", ""))
                .flatMap(List::stream).toList();
    }

    private static CSVPrinter printer(Path dir, String file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }
}
