package org.village.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.village.generate.PlantedDefects.Kind;

import tools.jackson.databind.json.JsonMapper;

/**
 * A school year's schools, grading periods, roster, daily attendance and course marks as the Ed-Fi API's JSON Lines
 * (Data Standard 5.x resources, one JSON object a line), one file per resource in the folder {@code edfi-2026-27/}, as
 * Ed-Fi bulk tools write them ({@code generate --format edfi-jsonl}). The schools that send monthly summaries still
 * send them as spreadsheets, and the partners' files are the same whatever the format.
 * <p>
 * Attendance events cover every school day each student was enrolled, "In Attendance" days included: an export of
 * absences alone would leave Village no days enrolled to count them against. Where the Ed-Fi API types an id as an
 * integer ({@code schoolId}), it is written as a JSON string, keeping the district's leading zeros ("0101") so that
 * the other files, which name schools the same way, still match; Village reads either.
 * <p>
 * A grade carries no credits: they are its section's ({@code sections.jsonl}, each school's courses with their
 * {@code availableCredits}, the advisory period's 0 included), as the workbooks' attempted credits are. A school
 * association carries no sex, race or groups: they are the student's education organization association with the
 * school ({@code studentEducationOrganizationAssociations.jsonl}), with the races that give back the roster's one
 * label, and the API's empty lists where no disability or characteristic applies. A grade has no day stored, so the
 * terms' ends come from the grading periods.
 */
final class EdFiExport implements AutoCloseable {

    static final String SCHOOLS = "schools.jsonl";
    static final String ENROLMENTS = "studentSchoolAssociations.jsonl";
    static final String ATTENDANCE = "studentSchoolAttendanceEvents.jsonl";
    static final String GRADES = "grades.jsonl";
    static final String GRADING_PERIODS = "gradingPeriods.jsonl";
    static final String SECTIONS = "sections.jsonl";
    static final String STUDENT_GROUPS = "studentEducationOrganizationAssociations.jsonl";
    /** The files {@link #roster} writes and opens for a school year. */
    static final int FILES_PER_YEAR = 7;
    /** Two races a roster's "Two or More Races" is sent as: Ed-Fi lists each race, and has no such category. */
    private static final List<String> TWO_RACES = List.of("Black or African American", "White");
    /** The table Village shows an attendance events file as, and its columns, for the planted rows' ground truth. */
    private static final String ATTENDANCE_TABLE = "studentSchoolAttendanceEvents";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESCRIPTOR = "uri://ed-fi.org/";
    private static final List<String> GRADE_LEVELS = List.of("Kindergarten", "First grade", "Second grade",
            "Third grade", "Fourth grade", "Fifth grade", "Sixth grade", "Seventh grade", "Eighth grade",
            "Ninth grade", "Tenth grade", "Eleventh grade", "Twelfth grade");

    private final Path root;
    private final Map<SchoolYear, Year> years = new LinkedHashMap<>();

    EdFiExport(Path root) {
        this.root = root;
    }

    static String folder(SchoolYear year) {
        return "edfi-" + year.label();
    }

    /**
     * Writes the year's schools, each school's grading periods (every term of the year, as a school system knows its
     * calendar ahead) and the school associations, and opens its attendance and grades files; returns rows written.
     */
    int roster(District district, Roster roster, SchoolCalendar calendar) throws IOException {
        SchoolYear year = roster.year();
        Path dir = root.resolve(folder(year));
        Files.createDirectories(dir);
        try (Lines schools = new Lines(dir.resolve(SCHOOLS))) {
            for (School school : district.schools()) {
                schools.write(ordered("schoolId", school.id(), "nameOfInstitution", school.name(),
                        "schoolCategories", List.of(Map.of("schoolCategoryDescriptor",
                                descriptor("SchoolCategoryDescriptor", category(school.level())))),
                        "educationOrganizationCategories", List.of(Map.of("educationOrganizationCategoryDescriptor",
                                descriptor("EducationOrganizationCategoryDescriptor", "School")))));
            }
        }
        int periods = 0;
        try (Lines gradingPeriods = new Lines(dir.resolve(GRADING_PERIODS))) {
            for (School school : district.schools()) {
                List<Term> terms = Terms.sentBy(school.level(), calendar);
                for (int sequence = 0; sequence < terms.size(); sequence++) {
                    Term term = terms.get(sequence);
                    LocalDate begin = Terms.begin(term, calendar);
                    gradingPeriods.write(ordered("gradingPeriodDescriptor",
                            descriptor("GradingPeriodDescriptor", gradingPeriod(term)),
                            "gradingPeriodName", term.code(),
                            "schoolReference", Map.of("schoolId", school.id()),
                            "schoolYearTypeReference", Map.of("schoolYear", year.startYear() + 1),
                            "beginDate", begin.toString(),
                            "endDate", term.end().toString(),
                            "periodSequence", sequence + 1,
                            "totalInstructionalDays", calendar.indexOf(term.end()) - calendar.indexOf(begin) + 1));
                    periods++;
                }
            }
        }
        try (Lines enrolments = new Lines(dir.resolve(ENROLMENTS))) {
            for (Enrollment e : roster.enrollments()) {
                Map<String, Object> record = ordered("studentReference", Map.of("studentUniqueId", e.student().id()),
                        "schoolReference", Map.of("schoolId", e.school().id()),
                        "entryDate", e.entryDate().toString(),
                        "entryGradeLevelDescriptor", descriptor("GradeLevelDescriptor",
                                GRADE_LEVELS.get(e.grade().level())));
                if (!e.stays()) {
                    record.put("exitWithdrawDate", e.exitDate().toString());
                }
                enrolments.write(record);
            }
        }
        int associations = 0;
        Set<String> associated = new HashSet<>();
        try (Lines groups = new Lines(dir.resolve(STUDENT_GROUPS))) {
            for (Enrollment e : roster.enrollments()) {
                if (associated.add(e.student().id() + "\t" + e.school().id())) {
                    groups.write(studentGroups(e.student(), e.school()));
                    associations++;
                }
            }
        }
        Map<String, Map<String, Object>> offered = new TreeMap<>();
        for (Enrollment e : roster.enrollments()) {
            for (Course course : Courses.forGrade(e.grade())) {
                offered.computeIfAbsent(section(course, e.school()), id -> ordered(
                        "sectionIdentifier", id,
                        "courseOfferingReference", ordered("localCourseCode", course.number(),
                                "schoolId", e.school().id(), "schoolYear", year.startYear() + 1,
                                "sessionName", session(year)),
                        "availableCredits", course.credits(),
                        "sequenceOfCourse", 1));
            }
        }
        try (Lines sections = new Lines(dir.resolve(SECTIONS))) {
            for (Map<String, Object> section : offered.values()) {
                sections.write(section);
            }
        }
        years.put(year, new Year(new Lines(dir.resolve(ATTENDANCE)), new Lines(dir.resolve(GRADES))));
        return district.schools().size() + periods + roster.enrollments().size() + associations + offered.size();
    }

    /**
     * Appends a month of one school's days to its year's attendance events, planting the school's bad row where the
     * ground truth says; returns the records written.
     */
    long attendance(School school, SchoolYear year, List<StudentMonth> students, Optional<Kind> defect,
            GroundTruth truth) throws IOException {
        Lines out = years.get(year).attendance();
        int dataRows = students.stream().mapToInt(StudentMonth::daysEnrolled).sum();
        int plantAt = defect.map(kind -> kind.position(dataRows)).orElse(-1);
        String file = folder(year) + "/" + ATTENDANCE;
        long written = 0;
        for (StudentMonth student : students) {
            for (int d = 0; d < student.daysEnrolled(); d++) {
                LocalDate day = student.days().get(d);
                DayStatus status = student.statuses()[d];
                String category = category(status);
                if (written == plantAt && defect.get() == Kind.UNKNOWN_DAILY_STUDENT) {
                    out.write(event(PlantedDefects.UNKNOWN_STUDENT_ID, school, year, day, category(DayStatus.PRESENT)));
                    truth.plant(new PlantedRow(file, ATTENDANCE_TABLE, out.lines(), "Student ID",
                            PlantedDefects.UNKNOWN_STUDENT_ID, "student id " + PlantedDefects.UNKNOWN_STUDENT_ID
                                    + " matches no student on any roster"));
                }
                if (written == plantAt && defect.get() == Kind.UNKNOWN_CODE) {
                    category = DailyAttendanceLayout.UNKNOWN_CODE;
                    truth.plant(new PlantedRow(file, ATTENDANCE_TABLE, out.lines() + 1, "Attendance Code",
                            category, "attendance event category " + category + " is not an Ed-Fi one (the student "
                                    + "was " + status.description() + " that day)"));
                }
                out.write(event(student.enrollment().student().id(), school, year, day, category));
                written++;
            }
        }
        return written + (plantAt >= 0 && defect.get() == Kind.UNKNOWN_DAILY_STUDENT ? 1 : 0);
    }

    /**
     * Appends one school's marks for a term to its year's grades: a grading-period grade per student enrolled on the
     * term's last day per course, the letter and the percentage, as {@link MarksFile} gives them; returns the records.
     */
    long marks(School school, Term term, List<Enrollment> enrollments, MarkModel marks, Participation participation)
            throws IOException {
        Lines out = years.get(term.year()).grades();
        int schoolYear = term.year().startYear() + 1;
        return marks.termMarks(enrollments, term, participation, (enrollment, mark) ->
                out.write(ordered("studentSectionAssociationReference", ordered(
                                "beginDate", enrollment.entryDate().toString(),
                                "localCourseCode", mark.course().number(),
                                "schoolId", school.id(),
                                "schoolYear", schoolYear,
                                "sectionIdentifier", section(mark.course(), school),
                                "sessionName", session(term.year()),
                                "studentUniqueId", enrollment.student().id()),
                        "gradingPeriodReference", ordered(
                                "gradingPeriodDescriptor", descriptor("GradingPeriodDescriptor", gradingPeriod(term)),
                                "gradingPeriodName", term.code(),
                                "schoolId", school.id(),
                                "schoolYear", schoolYear),
                        "gradeTypeDescriptor", descriptor("GradeTypeDescriptor",
                                term.quarters().size() == 1 ? "Grading Period" : "Semester"),
                        "letterGradeEarned", mark.letter(),
                        "numericGradeEarned", mark.percent())));
    }

    @Override
    public void close() throws IOException {
        for (Year year : years.values()) {
            year.attendance().close();
            year.grades().close();
        }
    }

    private static Map<String, Object> event(String studentId, School school, SchoolYear year, LocalDate day,
            String category) {
        return ordered("studentReference", Map.of("studentUniqueId", studentId),
                "schoolReference", Map.of("schoolId", school.id()),
                "sessionReference", ordered("schoolId", school.id(), "schoolYear", year.startYear() + 1,
                        "sessionName", session(year)),
                "eventDate", day.toString(),
                "attendanceEventCategoryDescriptor", descriptor("AttendanceEventCategoryDescriptor", category));
    }

    /** A school's one section of a course: "1009-0101". */
    private static String section(Course course, School school) {
        return course.number() + "-" + school.id();
    }

    /**
     * The student's association with a school as the Ed-Fi API writes it: sex, Hispanic or Latino ethnicity, races,
     * English proficiency, and the disabilities and characteristics that apply (empty lists where none does).
     */
    private static Map<String, Object> studentGroups(Student student, School school) {
        Subgroups groups = student.subgroups();
        String race = groups.raceEthnicity();
        List<String> races = switch (race) {
            case "Hispanic or Latino" -> List.of();
            case "Two or More Races" -> TWO_RACES;
            case "Native Hawaiian or Other Pacific Islander" -> List.of("Native Hawaiian or Pacific Islander");
            default -> List.of(race);
        };
        List<Map<String, Object>> characteristics = new ArrayList<>();
        if (groups.economicallyDisadvantaged()) {
            characteristics.add(characteristic("Economic Disadvantaged"));
        }
        if (groups.homeless()) {
            characteristics.add(characteristic("Homeless"));
        }
        if (groups.foster()) {
            characteristics.add(characteristic("Foster Care"));
        }
        return ordered("educationOrganizationReference", Map.of("educationOrganizationId", school.id()),
                "studentReference", Map.of("studentUniqueId", student.id()),
                "sexDescriptor", descriptor("SexDescriptor", switch (student.gender()) {
                    case "M" -> "Male";
                    case "F" -> "Female";
                    default -> "Non-binary";
                }),
                "hispanicLatinoEthnicity", race.equals("Hispanic or Latino"),
                "races", races.stream().map(r -> Map.of("raceDescriptor", descriptor("RaceDescriptor", r))).toList(),
                "limitedEnglishProficiencyDescriptor", descriptor("LimitedEnglishProficiencyDescriptor",
                        groups.englishLearner() ? "Limited" : "NotLimited"),
                "disabilities", groups.disability()
                        ? List.of(Map.of("disabilityDescriptor", descriptor("DisabilityDescriptor",
                                "Specific Learning Disability"), "designations", List.of()))
                        : List.of(),
                "studentCharacteristics", characteristics);
    }

    private static Map<String, Object> characteristic(String codeValue) {
        return ordered("studentCharacteristicDescriptor", descriptor("StudentCharacteristicDescriptor", codeValue),
                "periods", List.of());
    }

    private static String category(DayStatus status) {
        return switch (status) {
            case PRESENT -> "In Attendance";
            case TARDY -> "Tardy";
            case EXCUSED_ABSENCE -> "Excused Absence";
            case UNEXCUSED_ABSENCE -> "Unexcused Absence";
        };
    }

    private static String category(School.Level level) {
        return switch (level) {
            case ELEMENTARY -> "Elementary School";
            case MIDDLE -> "Middle School";
            case HIGH -> "High School";
        };
    }

    /** Ed-Fi's GradingPeriodDescriptor for a quarter or semester: "First Quarter", "Second Semester". */
    static String gradingPeriod(Term term) {
        List<String> ordinals = List.of("First", "Second", "Third", "Fourth");
        int number = Integer.parseInt(term.code().substring(1));
        return ordinals.get(number - 1) + (term.quarters().size() == 1 ? " Quarter" : " Semester");
    }

    /** The one session a generated school year has: "2025-2026 Year Round". */
    private static String session(SchoolYear year) {
        return year.longLabel() + " Year Round";
    }

    private static String descriptor(String type, String codeValue) {
        return DESCRIPTOR + type + "#" + codeValue;
    }

    /** A JSON object with its keys in the order given, as the Ed-Fi API writes them. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private record Year(Lines attendance, Lines grades) {
    }

    /** A JSON Lines file being written: one object a line, UTF-8, LF. */
    private static final class Lines implements AutoCloseable {

        private final Writer writer;
        private int lines;

        Lines(Path file) throws IOException {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void write(Map<String, Object> record) throws IOException {
            writer.write(JSON.writeValueAsString(record));
            writer.write('\n');
            lines++;
        }

        /** Lines written so far: the number, in an editor, of the last one. */
        int lines() {
            return lines;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
