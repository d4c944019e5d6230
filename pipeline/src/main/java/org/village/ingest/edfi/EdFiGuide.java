package org.village.ingest.edfi;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The data managers' guide's section on Ed-Fi files, written from the same definitions the readers use. */
public final class EdFiGuide {

    private EdFiGuide() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder("""
                ## Ed-Fi files

                Ed-Fi exports are read with no mapping: XML interchanges of the Ed-Fi Data Standard 5.x (any `.xml`
                file whose root element is in an `http://ed-fi.org/` namespace, such as
                `InterchangeStudentAttendance`; 4.0 and 3.x read the same where their elements agree), and the Ed-Fi
                API's JSON Lines, one resource per file, one JSON object per line, named after the resource
                (`studentSchoolAttendanceEvents.jsonl`, `.ndjson`, or `.json` with one object per line; a name may
                start with more, e.g. `0101-2025-10-grades.jsonl`). Each kind of record becomes a sheet with the
                columns below; the row number in a reject is the line the record starts on. Descriptors are read by
                their code value (`uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy` is `Tardy`); Ed-Fi grade
                levels become PK, K, 1 to 12. Ids are kept exactly as sent.

                Each school attendance event is a school day of the student with the event's category as the
                day's status, so a school's export must list every day (In Attendance events too), as a daily
                attendance sheet does; days missing from it are not counted as enrolled. Ed-Fi grades carry no
                date stored, so a term's end comes from the school's grading periods and sessions (GradingPeriod
                and Session records, `gradingPeriods` and `sessions`), matched by the grading period's name, else
                from the district's term calendar (`village.kpi.term-ends`). A school's roster comes only from
                enrolments (StudentSchoolAssociation); attendance and marks for a school whose roster has not
                arrived are held back, saying so.

                Some columns come from other records, which are read with the file they serve, never as files of
                their own:

                - **Credits** of a grade are the `availableCredits` of the section its student section association
                  names (Section, `sections`), matched on the section's whole identity: section identifier, local
                  course code, school, school year and session name. They weigh the mark in GPA exactly as a course
                  marks sheet's credits do (0 leaves it out). **A grade whose section is not sent, or gives no
                  credits, weighs one credit**, as a course marks sheet without credits does; course offerings' and
                  courses' credits are not read. Grades sent with no sections beside them have no Credits column,
                  as the file's columns in the run summary show.
                - **Gender, race/ethnicity and the groups** of an enrolment are the student's education organization
                  association (StudentEducationOrganizationAssociation, `studentEducationOrganizationAssociations`)
                  with the enrolment's school, else the student's first one (a district's). Sex: Male is M, Female
                  F, Non-binary X, Not Selected unknown. Race/ethnicity as federal reporting combines the races:
                  Hispanic or Latino when `hispanicLatinoEthnicity` is true or a race is Hispanic or Latino, else Two
                  or More Races when more than one race is listed, else the one race under its federal name (Choose
                  Not to Respond is none). English learner: Limited is Y; NotLimited, Limited Monitored 1 and 2 are
                  N; none is unknown. Disability is Y when a disability is listed; economically disadvantaged,
                  homeless and foster are Y when the student characteristic Economic Disadvantaged, Homeless or
                  Foster Care is. Ed-Fi lists only what applies, so they are N when the association holds the list
                  (the API writes `[]` for none) or the export lists that group for another student, and otherwise
                  unknown. Special education program associations are not read. A student with no association has
                  every group unknown; enrolments sent with no associations have none of these columns, as the
                  run summary shows. Any other code is kept as sent, and the roster rejects a yes/no it cannot
                  read.

                In JSON Lines the sections and associations are the files beside the grades and enrolments named
                alike (`0101-sections.jsonl` beside `0101-grades.jsonl`, else the folder's `sections.jsonl`). In XML
                the associations travel in the enrolments' own interchange (InterchangeStudentEnrollment), and the
                sections in the Master Schedule interchanges (InterchangeMasterSchedule) beside a grades interchange
                (InterchangeStudentGrade). A file served this way counts as part of the one it serves: a corrected
                or late sections or associations file loads that one again. One with nothing beside it to serve is
                reported as not used.

                | record (XML element / API resource) | column | XML element (first found) | JSON path (first found) |
                |---|---|---|---|
                """);
        for (RecordKind kind : RecordKind.values()) {
            for (RecordKind.Column column : kind.columns()) {
                md.append("| ").append(kind.element()).append(" / `").append(kind.resource()).append("` | ")
                        .append(column.header()).append(" | ");
                if (column.xmlNames().isEmpty()) {
                    Companion from = Companion.serving(kind).orElseThrow();
                    md.append("from the ").append(from.element()).append(" (above) | from `").append(from.resource())
                            .append("` (above) |\n");
                    continue;
                }
                md.append(column.xmlNames().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
                        .append(" | ").append(paths(column)).append(" |\n");
            }
        }
        md.append("\nRead only with the file they serve, at these places:\n\n| record | value | XML element | JSON path |\n"
                + "|---|---|---|---|\n");
        for (Companion companion : Companion.values()) {
            for (RecordKind.Column column : companion.columns()) {
                md.append("| ").append(companion.element()).append(" / `").append(companion.resource())
                        .append("` | ").append(column.header()).append(" | ")
                        .append(column.xmlNames().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
                        .append(" | ").append(paths(column)).append(" |\n");
            }
        }
        md.append("\nA grade names its section by `SectionIdentifier`, `LocalCourseCode`, `SchoolId`, `SchoolYear`, "
                + "`SessionName` (XML) and `studentSectionAssociationReference.sectionIdentifier`, `.localCourseCode`, "
                + "`.schoolId`, `.schoolYear`, `.sessionName` (JSON). A `*` in a path is every item of a list.\n");
        md.append("\nRead but not used, with the reason in the data-quality report: section attendance "
                + "(StudentSectionAttendanceEvent, `" + RecordKind.SECTION_ATTENDANCE_RESOURCE + "`: a class "
                + "period's attendance is not the day's), ")
                .append(Stream.of("calendarDates", "calendars", "students",
                        "studentSectionAssociations").map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
                .append(", and any other record of an interchange.\n");
        return md.toString();
    }

    private static String paths(RecordKind.Column column) {
        return column.jsonPaths().stream().map(p -> "`" + String.join(".", p) + "`").collect(Collectors.joining(", "));
    }
}
