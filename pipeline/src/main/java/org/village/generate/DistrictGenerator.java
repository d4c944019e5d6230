package org.village.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a fictional district's files: its schools, a roster per school year (as workbooks, or as a OneRoster bundle
 * or Ed-Fi JSON Lines per school year), attendance (monthly summaries or daily records) per school per month, course
 * marks per school per term (daily records and marks as Ed-Fi JSON Lines per school year in that format), the partnership registry, partners' monthly
 * files, contributions, check-ins, the distribution list, and {@code truth.json}. The baseline year is written whole,
 * the current year up to the month given. The same arguments always give the same data: CSV files byte for byte,
 * workbooks cell for cell.
 * <p>
 * Each file is written as it is simulated, a school's month at a time, so memory holds the district's enrolments and
 * one month of one school, never a whole file.
 */
public final class DistrictGenerator {

    private final GeneratorArguments arguments;
    private final ExportFormat exportFormat;

    public DistrictGenerator(GeneratorArguments arguments) {
        this(arguments, ExportFormat.SPREADSHEETS);
    }

    public DistrictGenerator(GeneratorArguments arguments, ExportFormat exportFormat) {
        this.arguments = arguments;
        this.exportFormat = exportFormat;
    }

    /** Writes the district's files under dir (created if absent); {@code out} is dir as the command line gave it. */
    public GenerationSummary writeTo(Path dir, String out) throws IOException {
        Files.createDirectories(dir);
        YearMonth through = arguments.through();
        RandomStreams streams = new RandomStreams(arguments.seed());
        SchoolCalendar baselineCalendar = SchoolCalendar.of(arguments.baselineYear());
        SchoolCalendar currentCalendar = SchoolCalendar.of(arguments.currentYear());
        District district = DistrictPlanner.plan(arguments, streams.stream("district"));
        RosterPlanner planner = new RosterPlanner(district, arguments.students(), streams.stream("rosters"));
        Roster baseline = planner.firstYear(baselineCalendar);
        Roster current = planner.nextYear(baseline, currentCalendar);
        int students = planner.studentsAdmitted();
        List<Partnership> partnerships = PartnershipPlanner.plan(district, currentCalendar,
                arguments.baselineYear(), streams.stream("partnerships"));
        Participation participation = Participation.select(partnerships, current, currentCalendar, students,
                streams);
        PartnerMonths partnerMonths = new PartnerMonths(partnerships, streams, currentCalendar, through);
        PlantedDefects defects = new PlantedDefects(district, through, partnershipWithBadRow(partnerships,
                partnerMonths));
        GroundTruth truth = new GroundTruth(new AttendanceTally(arguments.baselineYear(), students),
                new AttendanceTally(arguments.currentYear(), students));
        Counts counts = new Counts();

        LocalDate exported = through.plusMonths(1).atDay(1);
        Roster currentExport = current.asOf(through.atEndOfMonth());
        counts.files(1, PartnershipRegistryWorkbook.write(dir, partnerships, exported));
        counts.files(1, DistributionListWorkbook.write(dir, district, partnerships, streams.stream("distribution"),
                exported));
        counts.files(1, ContributionsFile.write(dir, partnerships, partnerMonths, currentCalendar, through, streams));
        counts.files(1, CheckInsFile.write(dir, partnerships, partnerMonths, currentCalendar, through, streams));

        AttendanceSimulator simulator = new AttendanceSimulator(streams, new AbsenceModel(arguments.baselineYear()));
        try (EdFiExport edFi = new EdFiExport(dir)) {
            switch (exportFormat) {
                case ONEROSTER -> {
                    counts.files(OneRosterExport.FILES, OneRosterExport.write(dir, district, baseline,
                            baselineCalendar));
                    counts.files(OneRosterExport.FILES, OneRosterExport.write(dir, district, currentExport,
                            currentCalendar));
                }
                case EDFI_JSONL -> {
                    counts.files(EdFiExport.FILES_PER_YEAR, edFi.roster(district, baseline, baselineCalendar));
                    counts.files(EdFiExport.FILES_PER_YEAR, edFi.roster(district, currentExport, currentCalendar));
                }
                case SPREADSHEETS -> {
                    counts.files(1, SchoolsWorkbook.write(dir, district, exported));
                    LocalDate baselineExported = arguments.baselineYear().lastMonth().plusMonths(1).atDay(1);
                    counts.files(1, RosterWorkbook.write(dir, baseline, baselineExported));
                    counts.files(1, RosterWorkbook.write(dir, currentExport, exported));
                }
            }
            SchoolWriter schools = new SchoolWriter(dir, simulator, new MarkModel(streams), participation, defects,
                    truth, counts, exportFormat == ExportFormat.EDFI_JSONL ? Optional.of(edFi) : Optional.empty());
            for (School school : district.schools()) {
                schools.write(school, baseline, baselineCalendar, arguments.baselineYear().lastMonth());
                schools.write(school, current, currentCalendar, through);
            }
        }
        SessionSimulator sessions = new SessionSimulator(streams, simulator, participation);
        for (Partnership partnership : partnerships) {
            for (YearMonth month : partnerMonths.running(partnership)) {
                if (partnerMonths.sent(partnership, month)) {
                    writePartnerMonth(dir, partnership, month, sessions, currentCalendar, defects, truth, streams,
                            counts);
                }
            }
        }
        String command = arguments.commandLine(out) + switch (exportFormat) {
            case SPREADSHEETS -> "";
            case ONEROSTER -> " --format oneroster";
            case EDFI_JSONL -> " --format edfi-jsonl";
        };
        TruthFile.write(dir, command, arguments, district, partnerships, participation, partnerMonths, truth);
        counts.files(1, 0);

        int distinct = (int) Stream.concat(baseline.enrollments().stream(),
                currentExport.enrollments().stream()).mapToInt(e -> e.student().index()).distinct().count();
        return new GenerationSummary(district.schools().size(), distinct, counts.files, counts.rows,
                counts.attendanceRows);
    }

    private static void writePartnerMonth(Path dir, Partnership partnership, YearMonth month,
            SessionSimulator sessions, SchoolCalendar calendar, PlantedDefects defects, GroundTruth truth,
            RandomStreams streams, Counts counts) throws IOException {
        List<Session> held = sessions.month(partnership, calendar, month);
        SplittableRandom random = streams.stream("partner", partnership.id().hashCode(), month.getYear(), month.getMonthValue());
        VolunteerMonth volunteers = VolunteerMonths.of(partnership, month, held, random);
        Optional<Story> story = StoryWriter.forMonth(partnership, calendar.daysIn(month), held, random);
        List<String> files = PartnerMonthFiles.write(dir, partnership, month, held, volunteers, story,
                defects.inSessions(partnership, month), truth);
        counts.files(files.size(), held.size() + 1 + (story.isPresent() ? 1 : 0));
    }

    /** The first partnership, by id, that sends a file for the last month; its file gets the planted bad id. */
    private String partnershipWithBadRow(List<Partnership> partnerships, PartnerMonths months) {
        YearMonth through = arguments.through();
        return partnerships.stream()
                .filter(p -> months.running(p).contains(through) && months.sent(p, through))
                .map(Partnership::id)
                .findFirst()
                .orElse(null);
    }

    /** Files and rows written. */
    static final class Counts {
        private int files;
        private long rows;
        private long attendanceRows;

        void files(int count, long dataRows) {
            files += count;
            rows += dataRows;
        }

        void attendance(long dataRows) {
            files(1, dataRows);
            attendanceRows += dataRows;
        }

        /** Attendance rows added to a file already counted. */
        void attendanceRows(long dataRows) {
            files(0, dataRows);
            attendanceRows += dataRows;
        }
    }
}
