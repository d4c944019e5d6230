package org.village.ingest.edfi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Ed-Fi records Village loads, each with the API resource (JSON Lines) and interchange element (XML) it comes
 * from, and where each of its columns is found in either: JSON paths as the Ed-Fi API writes the resource, and the
 * XML element's descendants by local name, the first one met (the interchanges nest an identity inside each
 * reference, so a name such as SchoolId appears once per reference, the record's own school first).
 */
enum RecordKind {

    SCHOOL("schools", "School", List.of(
            Column.text("School ID", List.of("SchoolId"), "schoolId"),
            Column.text("School Name", List.of("NameOfInstitution"), "nameOfInstitution"),
            Column.of("Level", Value.DESCRIPTOR, List.of("SchoolCategory"),
                    "schoolCategories.0.schoolCategoryDescriptor"))),
    ENROLMENT("studentSchoolAssociations", "StudentSchoolAssociation", List.of(
            Column.text("Student ID", List.of("StudentUniqueId"), "studentReference.studentUniqueId"),
            Column.text("School ID", List.of("SchoolId"), "schoolReference.schoolId"),
            Column.of("Grade", Value.GRADE_LEVEL, List.of("EntryGradeLevel"), "entryGradeLevelDescriptor"),
            Column.text("Entry Date", List.of("EntryDate"), "entryDate"),
            Column.text("Exit Date", List.of("ExitWithdrawDate"), "exitWithdrawDate"),
            Column.joined(StudentGroups.GENDER), Column.joined(StudentGroups.RACE_ETHNICITY),
            Column.joined(StudentGroups.ENGLISH_LEARNER), Column.joined(StudentGroups.DISABILITY),
            Column.joined(StudentGroups.ECONOMICALLY_DISADVANTAGED), Column.joined(StudentGroups.HOMELESS),
            Column.joined(StudentGroups.FOSTER))),
    SCHOOL_ATTENDANCE("studentSchoolAttendanceEvents", "StudentSchoolAttendanceEvent", List.of(
            Column.text("Student ID", List.of("StudentUniqueId"), "studentReference.studentUniqueId"),
            Column.text("School ID", List.of("SchoolId"), "schoolReference.schoolId"),
            Column.text("Date", List.of("EventDate"), "eventDate"),
            Column.of("Attendance Code", Value.DESCRIPTOR, List.of("AttendanceEventCategory"),
                    "attendanceEventCategoryDescriptor"))),
    GRADE("grades", "Grade", List.of(
            Column.text("Student ID", List.of("StudentUniqueId"), "studentSectionAssociationReference.studentUniqueId"),
            Column.text("School ID", List.of("SchoolId"), "studentSectionAssociationReference.schoolId",
                    "gradingPeriodReference.schoolId"),
            Column.text("School Year", List.of("SchoolYear"), "gradingPeriodReference.schoolYear",
                    "studentSectionAssociationReference.schoolYear"),
            Column.of("Term", Value.DESCRIPTOR, List.of("GradingPeriodName", "GradingPeriod"),
                    "gradingPeriodReference.gradingPeriodName", "gradingPeriodReference.gradingPeriodDescriptor"),
            Column.text("Course", List.of("LocalCourseCode"), "studentSectionAssociationReference.localCourseCode"),
            Column.text("Mark", List.of("LetterGradeEarned", "NumericGradeEarned"), "letterGradeEarned",
                    "numericGradeEarned"),
            Column.joined(SectionCredits.CREDITS))),
    /** A grading period's dates, named as grades name it: by its name (Data Standard 5), else its descriptor. */
    GRADING_PERIOD("gradingPeriods", "GradingPeriod", List.of(
            Column.of("Term", Value.DESCRIPTOR, List.of("GradingPeriodName", "GradingPeriod"), "gradingPeriodName",
                    "gradingPeriodDescriptor"),
            Column.text("School ID", List.of("SchoolId"), "schoolReference.schoolId"),
            Column.text("School Year", List.of("SchoolYear"), "schoolYearTypeReference.schoolYear"),
            Column.text("Start Date", List.of("BeginDate"), "beginDate"),
            Column.text("End Date", List.of("EndDate"), "endDate"))),
    SESSION("sessions", "Session", List.of(
            Column.text("Term", List.of("SessionName"), "sessionName"),
            Column.text("School ID", List.of("SchoolId"), "schoolReference.schoolId"),
            Column.text("School Year", List.of("SchoolYear"), "schoolYearTypeReference.schoolYear"),
            Column.text("Start Date", List.of("BeginDate"), "beginDate"),
            Column.text("End Date", List.of("EndDate"), "endDate")));

    /**
     * The section a grade is for, as its student section association names it, in the order of
     * {@link Companion#SECTION_KEY}.
     */
    static final List<Column> SECTION_OF_GRADE = List.of(
            Column.text("section", List.of("SectionIdentifier"), "studentSectionAssociationReference.sectionIdentifier"),
            Column.text("course", List.of("LocalCourseCode"), "studentSectionAssociationReference.localCourseCode"),
            Column.text("school", List.of("SchoolId"), "studentSectionAssociationReference.schoolId"),
            Column.text("school year", List.of("SchoolYear"), "studentSectionAssociationReference.schoolYear"),
            Column.text("session", List.of("SessionName"), "studentSectionAssociationReference.sessionName"));

    /** How a found value becomes a cell: as it is, or a descriptor's code value, or a grade level Village writes. */
    enum Value { TEXT, DESCRIPTOR, GRADE_LEVEL }

    /**
     * One column: its header, the XML local names and the JSON paths (dot-separated, a number indexing an array,
     * {@code *} every item of one) tried in order, the first non-empty one taken. A column with neither is filled
     * from a {@link Companion}'s records.
     */
    record Column(String header, Value value, List<String> xmlNames, List<String[]> jsonPaths) {

        static Column text(String header, List<String> xmlNames, String... jsonPaths) {
            return of(header, Value.TEXT, xmlNames, jsonPaths);
        }

        static Column of(String header, Value value, List<String> xmlNames, String... jsonPaths) {
            return new Column(header, value, List.copyOf(xmlNames),
                    Stream.of(jsonPaths).map(p -> p.split("\\.")).toList());
        }

        /** A column whose cells come from another record (a student's groups, a section's credits). */
        static Column joined(String header) {
            return new Column(header, Value.TEXT, List.of(), List.of());
        }

        boolean joined() {
            return xmlNames.isEmpty() && jsonPaths.isEmpty();
        }

        String cell(String found) {
            if (found == null) {
                return "";
            }
            return switch (value) {
                case TEXT -> found.strip();
                case DESCRIPTOR -> codeValue(found);
                case GRADE_LEVEL -> GradeLevels.village(codeValue(found));
            };
        }
    }

    /** Records of these kinds are read but not used; the reason goes to the data manager. */
    static final String SECTION_ATTENDANCE_ELEMENT = "StudentSectionAttendanceEvent";
    static final String SECTION_ATTENDANCE_RESOURCE = "studentSectionAttendanceEvents";
    static final String SECTION_ATTENDANCE_REASON = "holds attendance per class period (%d Ed-Fi "
            + "StudentSectionAttendanceEvent records), not a student's daily status, so it is not used: Village "
            + "counts school days from daily attendance (StudentSchoolAttendanceEvent records), and a tardy to one "
            + "class does not say how the student's day went";

    private final String resource;
    private final String element;
    private final List<Column> columns;

    RecordKind(String resource, String element, List<Column> columns) {
        this.resource = resource;
        this.element = element;
        this.columns = columns;
    }

    String resource() {
        return resource;
    }

    String element() {
        return element;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    /**
     * The columns a table of this kind has: all of them where the companion that fills some is sent, else only those
     * of the record itself, so that the file's columns in the run summary show what was not sent, as a sheet's do.
     */
    List<Column> columns(boolean withCompanion) {
        return withCompanion ? columns : columns.stream().filter(c -> !c.joined()).toList();
    }

    /** The XML names a record of this kind is read for: its columns', and those of the section a grade names. */
    Set<String> xmlNames() {
        return Stream.concat(columns.stream(), this == GRADE ? SECTION_OF_GRADE.stream() : Stream.empty())
                .flatMap(c -> c.xmlNames().stream()).collect(Collectors.toSet());
    }

    static Optional<RecordKind> ofElement(String element) {
        return Stream.of(values()).filter(k -> k.element.equals(element)).findFirst();
    }

    /** The resource a file name ends with, ignoring case: "0101-2025-10-studentSchoolAttendanceEvents". */
    static Optional<RecordKind> ofFileStem(String stem) {
        return Stream.of(values()).filter(k -> namesResource(stem, k.resource)).findFirst();
    }

    static boolean namesResource(String stem, String resource) {
        String name = stem.toLowerCase(Locale.ROOT);
        String wanted = resource.toLowerCase(Locale.ROOT);
        return name.endsWith(wanted) && (name.length() == wanted.length()
                || !Character.isLetter(name.charAt(name.length() - wanted.length() - 1)));
    }

    static List<String> resources() {
        List<String> names = new ArrayList<>();
        for (RecordKind kind : values()) {
            names.add(kind.resource);
        }
        return names;
    }

    /** A descriptor's code value: "uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy" is "Tardy". */
    static String codeValue(String descriptor) {
        String text = descriptor.strip();
        int hash = text.lastIndexOf('#');
        return hash >= 0 ? text.substring(hash + 1).strip() : text;
    }
}
