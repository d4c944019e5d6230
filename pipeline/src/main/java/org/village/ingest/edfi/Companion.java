package org.village.ingest.edfi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ed-Fi records Village reads only for what they add to another table's rows, never as a table of their own: a
 * student's groups from their education organization association (for the enrolments), and a section's credits (for
 * the grades that name the section). In JSON Lines each is a resource file beside the one it serves, named alike; in
 * XML the associations travel in the enrolments' own interchange (InterchangeStudentEnrollment), the sections in a
 * Master Schedule interchange beside the grades'.
 */
enum Companion {

    STUDENT_GROUPS("studentEducationOrganizationAssociations", "StudentEducationOrganizationAssociation",
            RecordKind.ENROLMENT, "the students' sex, race and groups, for the school enrolments"),
    SECTION("sections", "Section", RecordKind.GRADE, "the sections' credits, for the grades");

    static final RecordKind.Column STUDENT = RecordKind.Column.text("student", List.of("StudentUniqueId"),
            "studentReference.studentUniqueId");
    static final RecordKind.Column EDUCATION_ORGANIZATION = RecordKind.Column.text("education organization",
            List.of("EducationOrganizationId"), "educationOrganizationReference.educationOrganizationId");
    static final RecordKind.Column SEX = RecordKind.Column.of("sex", RecordKind.Value.DESCRIPTOR, List.of("Sex"),
            "sexDescriptor");
    static final RecordKind.Column HISPANIC = RecordKind.Column.text("Hispanic or Latino",
            List.of("HispanicLatinoEthnicity"), "hispanicLatinoEthnicity");
    static final RecordKind.Column RACES = RecordKind.Column.of("races", RecordKind.Value.DESCRIPTOR, List.of("Race"),
            "races.*.raceDescriptor");
    static final RecordKind.Column ENGLISH = RecordKind.Column.of("English proficiency", RecordKind.Value.DESCRIPTOR,
            List.of("LimitedEnglishProficiency"), "limitedEnglishProficiencyDescriptor");
    static final RecordKind.Column CHARACTERISTICS = RecordKind.Column.of("characteristics",
            RecordKind.Value.DESCRIPTOR, List.of("StudentCharacteristic"),
            "studentCharacteristics.*.studentCharacteristicDescriptor");
    static final RecordKind.Column DISABILITIES = RecordKind.Column.of("disabilities", RecordKind.Value.DESCRIPTOR,
            List.of("Disability"), "disabilities.*.disabilityDescriptor");

    /** A section's identity as Data Standard 4 and 5 write it, in the order {@link RecordKind#SECTION_OF_GRADE} is. */
    static final List<RecordKind.Column> SECTION_KEY = List.of(
            RecordKind.Column.text("section", List.of("SectionIdentifier"), "sectionIdentifier"),
            RecordKind.Column.text("course", List.of("LocalCourseCode"), "courseOfferingReference.localCourseCode"),
            RecordKind.Column.text("school", List.of("SchoolId"), "courseOfferingReference.schoolId"),
            RecordKind.Column.text("school year", List.of("SchoolYear"), "courseOfferingReference.schoolYear"),
            RecordKind.Column.text("session", List.of("SessionName"), "courseOfferingReference.sessionName"));
    /** In XML the number is the Credits inside AvailableCredits (beside its credit type). */
    static final RecordKind.Column CREDITS = RecordKind.Column.text("credits", List.of("Credits"),
            "availableCredits");

    private final String resource;
    private final String element;
    private final RecordKind serves;
    private final String what;

    Companion(String resource, String element, RecordKind serves, String what) {
        this.resource = resource;
        this.element = element;
        this.serves = serves;
        this.what = what;
    }

    String resource() {
        return resource;
    }

    String element() {
        return element;
    }

    RecordKind serves() {
        return serves;
    }

    List<RecordKind.Column> columns() {
        return this == STUDENT_GROUPS
                ? List.of(STUDENT, EDUCATION_ORGANIZATION, SEX, HISPANIC, RACES, ENGLISH, CHARACTERISTICS, DISABILITIES)
                : Stream.concat(SECTION_KEY.stream(), Stream.of(CREDITS)).toList();
    }

    Set<String> xmlNames() {
        return columns().stream().flatMap(c -> c.xmlNames().stream()).collect(Collectors.toSet());
    }

    /** Why a file of these records, with nothing beside it to serve, is not loaded. */
    String alone() {
        return "holds Ed-Fi " + element + " records, which Village reads only for " + what + " (" + serves.element()
                + " records, " + serves.resource() + " in JSON Lines) sent beside them; nothing here uses them, so "
                + "they are not loaded";
    }

    static Optional<Companion> ofElement(String element) {
        return Stream.of(values()).filter(c -> c.element.equals(element)).findFirst();
    }

    static Optional<Companion> ofFileStem(String stem) {
        return Stream.of(values()).filter(c -> RecordKind.namesResource(stem, c.resource))
                .findFirst();
    }

    static Optional<Companion> serving(RecordKind kind) {
        return Stream.of(values()).filter(c -> c.serves == kind).findFirst();
    }
}
