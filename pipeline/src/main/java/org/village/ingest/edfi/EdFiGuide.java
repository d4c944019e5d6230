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
                `InterchangeStudentAttendance`), and the Ed-Fi API's JSON Lines, one resource per file, one JSON
                object per line, named after the resource (`studentSchoolAttendanceEvents.jsonl`, `.ndjson`, or
                `.json` with one object per line; a name may start with more, e.g.
                `0101-2025-10-grades.jsonl`). Each kind of record becomes a sheet with the columns below; the row
                number in a reject is the line the record starts on. Descriptors are read by their code value
                (`uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy` is `Tardy`); Ed-Fi grade levels become
                PK, K, 1 to 12. Ids are kept exactly as sent.

                Each school attendance event is a school day of the student with the event's category as the
                day's status, so a school's export must list every day (In Attendance events too), as a daily
                attendance sheet does; days missing from it are not counted as enrolled. Ed-Fi grades carry no
                credits, so each course counts as one credit, and no date stored, so a term's end comes from the
                school's grading periods and sessions (GradingPeriod and Session records, `gradingPeriods` and
                `sessions`), matched by the grading period's name, else from the district's term calendar
                (`village.kpi.term-ends`). A school's roster comes only from enrolments (StudentSchoolAssociation);
                attendance and marks for a school whose roster has not arrived are held back, saying so.

                | record (XML element / API resource) | column | XML element (first found) | JSON path (first found) |
                |---|---|---|---|
                """);
        for (RecordKind kind : RecordKind.values()) {
            for (RecordKind.Column column : kind.columns()) {
                md.append("| ").append(kind.element()).append(" / `").append(kind.resource()).append("` | ")
                        .append(column.header()).append(" | ")
                        .append(column.xmlNames().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
                        .append(" | ")
                        .append(column.jsonPaths().stream().map(p -> "`" + String.join(".", p) + "`")
                                .collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        md.append("\nRead but not used, with the reason in the data-quality report: section attendance "
                + "(StudentSectionAttendanceEvent, `" + RecordKind.SECTION_ATTENDANCE_RESOURCE + "`: a class "
                + "period's attendance is not the day's), ")
                .append(Stream.of("calendarDates", "calendars", "students",
                        "studentSectionAssociations").map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
                .append(", and any other record of an interchange.\n");
        return md.toString();
    }
}
