package org.village.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.village.ingest.edfi.EdFiGuide;

/**
 * The data managers' guide (docs/data-guide.md), written from the same dictionary the readers use, so the two cannot
 * drift: a test fails when the committed guide differs from this text.
 */
public final class DataGuide {

    /** What Village reads from a OneRoster bundle; the rules are those of {@code org.village.ingest.oneroster}. */
    private static final String ONE_ROSTER = """
            ## OneRoster bundles

            A OneRoster 1.1 or 1.2 CSV export (`manifest.csv`, `orgs.csv`, `users.csv`, `enrollments.csv`,
            `demographics.csv`, `academicSessions.csv`, and in 1.2 `roles.csv`) is read as it comes, with no mapping:
            put its folder, or its `.zip`, in the inbox. Village reads from it the **schools** (orgs of type
            `school`: their `sourcedId` is the school id), the **student roster** (users whose role is `student`) and
            the **term dates** (academic sessions of type `term`, `semester` or `gradingPeriod`: `title` is the term,
            with its `schoolYear`, `startDate` and `endDate`, for every school), which then count like a schools
            list, a roster and a term dates list:

            - **Student id**: the user's `identifier` (the student information system's local id) where it is filled
              in, else the user's `sourcedId`.
            - **School**: the first of the user's orgs that is a school (`primaryOrgSourcedId`, `orgSourcedIds`, or
              the org of their student role in `roles.csv`). A student whose org is not a school in `orgs.csv` is
              rejected.
            - **Grade**: `grades` (of a list such as `09,10`, the highest).
            - **Entry date**: the earliest `beginDate` of the student's enrollments at that school, else the first day
              of the school year in `academicSessions.csv`; **exit date**: the latest `endDate`, when every
              enrollment there has ended before the school year does.
            - **Gender** from `sex` (M, F, X for `other`); **race/ethnicity** from the race flags, combined as federal
              reporting does: Hispanic or Latino whatever the race, else Two or More Races when more than one race is
              flagged, else the one race. OneRoster has no English learner, disability or economic flags: those stay
              unknown for these students.

            Rejects name the line of `orgs.csv`, `users.csv` or `academicSessions.csv`. Headers are matched ignoring
            case, underscores and a byte order mark, in any order. Only a full (bulk) export is read: a delta export,
            which lists only what changed, is reported and not loaded. Teachers, parents and classes are not read.

            """;

    /** Which month and window each attendance row counts in; the rule is {@code org.village.kpi.AttendanceTotals}'s. */
    private static final String ATTENDANCE_PERIODS = """
            ## Which month attendance counts in

            Reports show an attendance rate for the month and for the school year to date (the school year starts in
            the month `village.kpi.school-year-start-month` names, July by default).

            - **Daily attendance** counts in the month of each day, and toward the year to date of that month and
              every later month of the school year.
            - **An attendance summary** (one row per student and period) counts in the month its period ends, and
              toward the year to date of that month and every later month of the school year. It counts as the
              month's own figure only when its whole period lies in that calendar month (`2026-10-01` to
              `2026-10-31`, or any part of October).
            - **A summary whose period spans more than one calendar month** (e.g. `2025-09-02` to `2026-06-12`, one
              row per student for the school year) is never shown as a month's figure: it counts only toward the
              year to date, from the month its period ends. That figure is then printed with the period it covers
              ("Attendance rate, Sep 2, 2025 to Jun 12, 2026"), and the month's tile says that the month has no
              figure of its own because its attendance came in one summary of the whole period. Before the month
              its period ends, such a summary counts nowhere: the months before it show no attendance.
            - **A month with a roster but no attendance** still has each school's dashboard, with the students on the
              school's roster that month (a student's latest roster row that began by the month's end, unless their
              exit date is before the month began) and a tile saying that no attendance was received for the month.

            To get monthly figures, send one summary per month (or daily attendance); a summary of several months
            gives the school year's figure only.

            """;

    /** The rules of {@link SheetDates} and the date checks of {@link RowChecks}. */
    private static final String PERIODS = """
            ## Which period a file is for

            Daily attendance, attendance summaries and participation are sent month by month, and each of their
            sheets is **for one period**: the month in which more than half of its rows' dates fall (for a summary,
            the months its rows' periods cover: `2026-10`, or `2025-09..2026-06` for a summary of the school year).
            Where the file's name or its folder names a month (`attendance/2026-10/0101-daily-attendance-2026-10.xlsx`,
            `P-001-2026-10.xlsx`; a school year such as `2025-26` is not a month), it must be that same month, or the
            sheet is held back with both named. A sheet in which no period holds a majority of the rows (a log of
            several months) is for the span of its dates.

            A file replaces the earlier version from the same school (or partner) of the same dataset for the same
            period, and so does a file of the same dataset and period sent again under the same name (and sheet),
            even if it now lists a student at another school. So the period comes from the file as a whole, never from a stray row: a row dated outside its
            sheet's period is rejected (*a date outside the period the file is for*) and does not stretch it. These
            rows are rejected too:

            - a date after the day of the run (*a date after the day of the run*): a day of attendance, a session,
              the end of a summary's period;
            - a day of daily attendance on a Saturday or Sunday (*a school day on a Saturday or Sunday*); partners'
              sessions may fall on any day. Village knows no holiday calendar, so a row on a holiday is not caught;
            - days enrolled, present or absent with a fraction, such as 22.5 (*a fraction of a day*);
            - more days enrolled than there are weekdays in the row's period (*more days enrolled than the period
              has*).

            ### Day first or month first

            `09/10/2026` is 10 September written month first (as in the United States) and 9 October written day
            first (as in most other countries). Village decides for each sheet (a CSV file is one sheet) from all of
            its own dates: a date whose first number is above 12 (`21/10/2026`) makes the sheet day first, one whose
            second number is above 12 (`10/21/2026`) makes it month first. A sheet with neither is read in the
            district's order, `village.ingest.date-locale` (`en-US`, the default, month first; `en-GB` day first). A
            sheet with both is held back. A sheet of daily attendance, summaries or participation whose dates could
            be read either way, and which would be for another month read the other way, is held back with a message
            naming both months and `village.ingest.date-locale`: which month's data it replaces must not rest on a
            guess. Only a month in its name that fits the district's order, and not the other, settles it (a June
            file of `6/1/2026` to `6/5/2026` named `…-2026-06.csv` in a month-first district); a name never turns the
            order round. Dates written `2026-10-09`, or as real Excel dates, are never in doubt. A file is read once,
            unless the reading settings (`village.ingest`: date order, header names, attendance codes, grade scale) change
            while it is held back or not recognised: the next run with the file still in the inbox judges it again under
            the new settings. A file held back because its order was open is then read in the district's new order, so
            setting `village.ingest.date-locale` to the order its sender writes loads it, once.

            """;

    private DataGuide() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Sending data to Village: a guide for data managers

                This guide is generated from Village's own dictionary (`java -jar village.jar guide`); what it says is
                what the code accepts.

                Put the files schools and partners send into the inbox folder, as they come: `.xlsx`, `.xls` or
                `.csv` (comma, semicolon or tab; UTF-8 or Windows-1252). A file may hold several sheets. Village
                recognises each sheet by its **header row** (which may sit below up to %d rows of titles), never by
                the file's name. Header names are compared ignoring case, spaces, underscores and punctuation, with
                `#` read as "number", so `Student_Number`, `student number`, `STUDENT-NUMBER` and `Student #` are
                the same. If your exports use a name not listed here, add it to the configuration, e.g.
                `village.ingest.headers.student-id=Pupil No`.

                ### Which column fills a field

                When several columns could fill one field, Village decides by evidence, never by position:

                1. a header the district configured for the field (`village.ingest.headers.<field>`) always wins;
                2. then a header that is the field's own name (`Attendance Code`), over one that is only a synonym
                   (`all_day`, `Status`);
                3. then the values in the first %d rows under the header: a column whose values are plainly something
                   else (Yes/No where attendance codes belong, words where dates belong) is passed over;
                4. for a mark, a letter grade is taken over a percentage; for credits, credits attempted over credits
                   earned (a failed course still weighs in GPA); for text (ids, course names) the header listed first
                   below wins.

                If two columns are still equally likely, the sheet is not read and the summary names both headers
                and the setting that picks one. Every run's summary and `validate` show how each sheet was read:
                its dataset, its header row and each column, e.g. `all_day → ignored; AttendanceCode → attendance
                code`.

                Student names are never read or stored: columns such as `LastFirst` or `First Name` are recognised
                only so that they can be dropped. Student ids are kept exactly as sent (leading zeros matter).

                A row that cannot be used is kept in the rejects table with its file, sheet, row, column and the
                reason, and the rest of the file loads. If more than 5%% of a file's rows are rejected, the whole file
                is held back (that is almost always a column read as the wrong thing). Sending the same file again
                changes nothing; sending a corrected file for the same school (or partner) and period replaces the
                earlier one. `java -jar village.jar validate --inbox DIR` shows what a run would load, changing
                nothing.

                ## Values

                - **Dates**: real Excel dates (either date system), Excel serial numbers, `2026-10-05`, `10/05/2026`
                  and `10/5/26`. Slashed dates are read month first or day first as each sheet's own dates show, else
                  as the district's setting says (`village.ingest.date-locale`, default `en-US`: month first): see
                  below.
                - **Numbers** may be typed as text; amounts may carry `$` and thousands separators.
                - **Yes/no**: Y/N, Yes/No, 1/0, TRUE/FALSE, X.
                - **Rates** (goal targets): `95%%`, `95` or `0.95`.

                """.formatted(HeaderMapping.HEADER_SEARCH_ROWS, HeaderMapping.SAMPLE_ROWS));
        md.append(PERIODS);
        md.append(ONE_ROSTER);
        md.append(ATTENDANCE_PERIODS);
        md.append("## Datasets\n\n");
        for (Dataset dataset : Dataset.values()) {
            md.append("### ").append(capitalised(dataset.label())).append("\n\n");
            md.append("Sent by ").append(dataset.sentBy()).append(".");
            if (!dataset.oneOf().isEmpty()) {
                md.append(" Needs at least one of: ").append(dataset.oneOf().stream().map(Field::label)
                        .collect(Collectors.joining(", "))).append(".");
            }
            md.append("\n\n| column | | what it holds | header names accepted |\n|---|---|---|---|\n");
            for (Field field : dataset.fields()) {
                String need = dataset.required().contains(field) ? "required"
                        : dataset.oneOf().contains(field) ? "one of" : "optional";
                String meaning = dataset.drops(field) ? "Dropped, never stored." : field.meaning();
                md.append("| ").append(field.label()).append(" | ").append(need).append(" | ").append(meaning)
                        .append(" | ").append(field.names().stream().map(n -> "`" + n + "`")
                                .collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
            md.append("\n");
        }
        md.append("## Attendance codes\n\n");
        md.append("Codes are compared ignoring case. A district adds its own, e.g. "
                + "`village.ingest.attendance-codes.ZZ=excused`.\n\n| meaning | codes |\n|---|---|\n");
        Map<AttendanceCodes.Status, List<String>> byStatus = new TreeMap<>();
        AttendanceCodes.builtIn().forEach((code, status) -> byStatus.computeIfAbsent(status,
                s -> new ArrayList<>()).add(code));
        byStatus.forEach((status, codes) -> md.append("| ").append(status.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(codes.stream().sorted().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                .append(" |\n"));
        md.append("\n## Marks and grade points\n\n");
        md.append("A mark may be a letter, a percentage or grade points. Letters (configurable, "
                + "`village.ingest.grade-letters`):\n\n| letter | points |\n|---|---|\n");
        GradeScale.DEFAULT_LETTERS.forEach((letter, points) -> md.append("| ").append(letter).append(" | ")
                .append(points.toPlainString()).append(" |\n"));
        md.append("\nPercentages go through bands (configurable, `village.ingest.percent-bands`): the lowest "
                + "percentage for each letter:\n\n| letter | from |\n|---|---|\n");
        GradeScale.DEFAULT_PERCENT_BANDS.forEach((letter, lowest) -> md.append("| ").append(letter).append(" | ")
                .append(lowest.toPlainString()).append("% |\n"));
        md.append("\nA number of 4.5 or less without a % sign is read as grade points. Marks that carry no grade "
                + "points are kept but left out of GPA: ")
                .append(GradeScale.NOT_FOR_GPA.stream().sorted().map(m -> "`" + m + "`")
                        .collect(Collectors.joining(", ")))
                .append(", and any course with 0 credits or marked as excluded from GPA.\n");
        md.append(schoolYearOfMarks());
        md.append(plausibilityWarnings());
        md.append("\n").append(EdFiGuide.markdown());
        return md.toString();
    }

    private static String schoolYearOfMarks() {
        return """

                ### The school year of a mark

                A term label such as `Q1` comes back every year, so each mark needs its school year. It is taken, in
                this order, from:

                1. the mark's **school year** column (`2026-27`, `2026-2027` or the ending year `2027`);
                2. its **date stored** (PowerSchool's `DateStored`): the school year that date falls in;
                3. a year written in the **term label** (`Q1 2026-27`);
                4. the school year of the **other marks on the same sheet**, when they all fall in one;
                5. the school year of the **month being run**, only when no mark Village holds or is loading has a
                   school year, and every attendance and participation sheet of the run lies in that same school
                   year (`validate` takes the month just ended).

                Otherwise the mark is rejected as "no school year", saying what to add, and never loaded to count
                toward no GPA. The school year starts in July (`village.kpi.school-year-start-month`).
                """;
    }

    /**
     * The plausibility checks of {@code org.village.quality}, which this package cannot see: its test checks that
     * each check's own description appears here.
     */
    private static String plausibilityWarnings() {
        return """

                ## Plausibility warnings

                After each run Village looks at what loaded for the month and what came out of it. Each finding is a
                warning, in a sentence that names the school, partnership or file and what to check: printed in the
                run's summary, counted by `status`, listed in the data-quality section of the district dashboard, and
                the run exits with code 4. Student ids are never named. A school figure not printed (fewer than the
                minimum students) is not judged.

                - A sheet of daily attendance in which every student is present (or tardy) on every day of the month: a status column probably read as the wrong thing.
                - A school whose attendance rate for the month is 100% (`village.plausibility.attendance-rate-high`).
                - A school whose attendance rate for the month is below 50% (`village.plausibility.attendance-rate-low`).
                - Students whose GPA for a term lies outside the grade scale, 0 to 4.0 (`village.plausibility.gpa-lowest`, `village.plausibility.gpa-highest`).
                - A partnership with sessions this school year but no hours in any of them, so its dosage and retention would read 0.
                - A school that sent attendance for the month before but none for this month, while other schools did.
                - Attendance loaded for the month that gives no attendance figure.
                - Course marks of the school year, of terms ended by the month's end (or whose end is not known), that give no GPA.
                - Course marks in use with no school year, which count toward no GPA (loaded before Village placed or rejected such marks).
                - Sessions of a partnership this school year that give it no students served.
                - A figure behind a partnership's published success story that does not support it: none served, no volunteer hours or no student reaching the planned hours (left off the page), an estimated effect on attendance below zero (left off) or whose 95% interval includes zero (worded "no clear change yet"). For the communications office, before the story goes out.

                The attendance checks need at least 20 students in the school or sheet
                (`village.plausibility.minimum-students`). Days present above days enrolled in an attendance summary
                is not a warning: such a row is rejected when it loads. A warning about a success story is not listed
                on the district dashboard: it is about the story's page, not the data.
                """;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
