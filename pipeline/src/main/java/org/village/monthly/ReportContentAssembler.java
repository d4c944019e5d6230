package org.village.monthly;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.village.ingest.DataReceived;
import org.village.ingest.IngestedData;
import org.village.kpi.KpiFigures;
import org.village.kpi.KpiProperties;
import org.village.kpi.KpiValue;
import org.village.kpi.Window;
import org.village.quality.DataWarning;
import org.village.quality.DataWarnings;
import org.village.quality.StoryFigures;
import org.village.report.Figure;
import org.village.report.FigureSource;
import org.village.report.ReportContent;
import org.village.report.ReportContent.AttendanceTrend;
import org.village.report.ReportContent.DataQuality;
import org.village.report.ReportContent.DatasetReceived;
import org.village.report.ReportContent.Estimate;
import org.village.report.ReportContent.Goal;
import org.village.report.ReportContent.GroupSize;
import org.village.report.ReportContent.KpiTile;
import org.village.report.ReportContent.MoneyAssumptions;
import org.village.report.ReportContent.MonthAmount;
import org.village.report.ReportContent.MonthPoint;
import org.village.report.ReportContent.Money;
import org.village.report.ReportContent.PartnershipRow;
import org.village.report.ReportContent.Period;
import org.village.report.ReportContent.Replacement;
import org.village.report.ReportContent.SchoolRow;
import org.village.report.ReportContent.Story;
import org.village.report.ReportContent.StoryEffect;
import org.village.report.ReportContent.SubgroupRow;
import org.village.report.ReportContent.TileNote;
import org.village.report.ReportContent.UnusedSheet;
import org.village.report.ReportContent.Warning;
import org.village.report.ReportKind;

/**
 * Gathers a month's stored, already suppressed figures into what each report prints. {@link #load} reads the month
 * once; the four report methods then only look things up, so per-school and per-partnership reports can be assembled
 * on many threads from one {@link MonthFigures}.
 */
@Component
class ReportContentAssembler {

    private static final String GPA = "gpa";
    private static final String STUDENTS_SERVED = "students_served";
    private static final String VOLUNTEER_HOURS = "volunteer_hours";
    private static final String INVESTMENT_TOTAL = "investment_total";
    private static final String COST_PER_STUDENT = "cost_per_student_served";
    private static final String EFFECT = "attendance_effect";
    private static final String GPA_EFFECT = "gpa_effect";
    private static final String INVESTMENT_COMMITTED = "investment_committed";
    private static final String INVESTMENT_RECEIVED = "investment_received";
    /** Goal KPIs printed as counts or as means; any other is a rate, a share of students. */
    private static final Set<String> COUNT_KPIS = Set.of(STUDENTS_SERVED, VOLUNTEER_HOURS,
            "dosage_hours", "dosage_sessions");
    private static final Set<String> MEAN_KPIS = Set.of(GPA);
    /** Datasets in the order a district sends them: its lists, the schools' files, then the partners'. */
    private static final List<String> DATASET_ORDER = List.of("SCHOOLS", "ROSTER", "DAILY_ATTENDANCE",
            "ATTENDANCE_SUMMARY", "COURSE_MARKS", "TERM_DATES", "PARTNERSHIPS", "PARTNERSHIP_GOALS", "PARTICIPATION",
            "VOLUNTEER_HOURS", "CONTRIBUTIONS", "CHECK_INS", "STORIES");
    /** Where a group size band ends: minimum to 19, 20 to 49, 50 or more. */
    private static final List<Integer> GROUP_SIZE_BANDS = List.of(20, 50);
    private static final List<String> SUBGROUP_ORDER = List.of("grade", "gender", "race", "english_learner",
            "disability", "economically_disadvantaged", "homeless", "foster");

    private record TileSpec(String kpi, Window window, Figure.Kind kind) {
    }

    private static final List<TileSpec> DISTRICT_TILES = List.of(
            new TileSpec(KpiValue.ATTENDANCE_RATE, Window.MONTH, Figure.Kind.PERCENT),
            new TileSpec(KpiValue.CHRONIC_ABSENTEEISM, Window.YEAR_TO_DATE, Figure.Kind.PERCENT),
            new TileSpec(GPA, Window.YEAR_TO_DATE, Figure.Kind.DECIMAL),
            new TileSpec(STUDENTS_SERVED, Window.YEAR_TO_DATE, Figure.Kind.COUNT),
            new TileSpec(VOLUNTEER_HOURS, Window.YEAR_TO_DATE, Figure.Kind.COUNT),
            new TileSpec(INVESTMENT_TOTAL, Window.YEAR_TO_DATE, Figure.Kind.MONEY));
    private static final List<TileSpec> SCHOOL_TILES = List.of(
            new TileSpec(KpiValue.ATTENDANCE_RATE, Window.MONTH, Figure.Kind.PERCENT),
            new TileSpec(KpiValue.CHRONIC_ABSENTEEISM, Window.YEAR_TO_DATE, Figure.Kind.PERCENT),
            new TileSpec(GPA, Window.YEAR_TO_DATE, Figure.Kind.DECIMAL),
            new TileSpec(KpiValue.STUDENTS_ENROLLED, Window.MONTH, Figure.Kind.COUNT));
    private static final List<TileSpec> STORY_TILES = List.of(
            new TileSpec(StoryFigures.STUDENTS_SERVED, Window.YEAR_TO_DATE, Figure.Kind.COUNT),
            new TileSpec(StoryFigures.VOLUNTEER_HOURS, Window.YEAR_TO_DATE, Figure.Kind.COUNT),
            new TileSpec(StoryFigures.RETENTION, Window.YEAR_TO_DATE, Figure.Kind.PERCENT));
    private static final List<TileSpec> BOARD_TILES = List.of(
            new TileSpec(INVESTMENT_TOTAL, Window.YEAR_TO_DATE, Figure.Kind.MONEY),
            new TileSpec(STUDENTS_SERVED, Window.YEAR_TO_DATE, Figure.Kind.COUNT),
            new TileSpec(COST_PER_STUDENT, Window.YEAR_TO_DATE, Figure.Kind.MONEY),
            new TileSpec(VOLUNTEER_HOURS, Window.YEAR_TO_DATE, Figure.Kind.COUNT));

    private final KpiFigures figures;
    private final IngestedData ingested;
    private final ReportSources sources;
    private final KpiProperties kpiProperties;
    private final ReportProperties reportProperties;
    private final DataWarnings warnings;
    private final Clock clock;

    ReportContentAssembler(KpiFigures figures, IngestedData ingested, ReportSources sources,
            KpiProperties kpiProperties, ReportProperties reportProperties, DataWarnings warnings, Clock clock) {
        this.figures = figures;
        this.ingested = ingested;
        this.sources = sources;
        this.kpiProperties = kpiProperties;
        this.reportProperties = reportProperties;
        this.warnings = warnings;
        this.clock = clock;
    }

    MonthFigures load(YearMonth month, long jobInstanceId) {
        List<Warning> monthWarnings = warnings.forMonth(month).stream()
                .filter(warning -> warning.check() != DataWarning.Check.STORY_NOT_SUPPORTED)
                .map(warning -> new Warning(warning.check().name(), warning.subject())).toList();
        return new MonthFigures(month, index(figures.month(month)), index(figures.month(month.minusMonths(1))),
                index(figures.month(month.minusYears(1))), ingested.schoolNames(), sources.partnerships(),
                sources.goalProgress(month), sources.latestCheckIns(month), sources.consentedStories(month),
                figures.assumptions(month), ingested.dataReceived(month, jobInstanceId), monthWarnings,
                ingested.latestAttendanceDate(month).orElse(month.atEndOfMonth()), LocalDate.now(clock),
                figures.everyScopeHistory(KpiValue.ATTENDANCE_RATE, Window.MONTH,
                        schoolYearStart(month).minusYears(1), month),
                figures.attendancePeriods(month));
    }

    ReportContent district(MonthFigures month) {
        Scope scope = new Scope(KpiValue.DISTRICT, KpiValue.DISTRICT_ID);
        List<SchoolRow> schools = new ArrayList<>();
        for (Map.Entry<String, String> school : month.schoolNames().entrySet()) {
            Scope at = new Scope(KpiValue.SCHOOL, school.getKey());
            if (!month.hasStudents(school.getKey())) {
                continue;
            }
            schools.add(new SchoolRow(school.getValue(),
                    figure(month, Window.MONTH, at, KpiValue.STUDENTS_ENROLLED, Figure.Kind.COUNT),
                    figure(month, Window.MONTH, at, KpiValue.ATTENDANCE_RATE, Figure.Kind.PERCENT),
                    figure(month, Window.YEAR_TO_DATE, at, KpiValue.ATTENDANCE_RATE, Figure.Kind.PERCENT),
                    figure(month, Window.YEAR_TO_DATE, at, KpiValue.CHRONIC_ABSENTEEISM, Figure.Kind.PERCENT),
                    month.yearToDatePeriod(at)));
        }
        schools.sort(Comparator.comparing(SchoolRow::schoolName, Collator.getInstance(Locale.US)));
        return content(ReportKind.DISTRICT_DASHBOARD, null, month, attendanceTiles(month, scope, DISTRICT_TILES),
                trend(month, scope), schools, partnershipRows(month, month.partnerships(), KpiValue.ALL_STUDENTS),
                equity(month, scope), null, List.of(), month.yearToDatePeriod(scope),
                quality(month, ReportKind.DISTRICT_DASHBOARD, null));
    }

    /**
     * A school's dashboard. Its partnerships show their participants at this school: the students served here and
     * the effect for them; the progress to a goal is the partnership's, and its column says so. No money: a
     * partnership's investment is not split between its schools.
     */
    ReportContent school(MonthFigures month, String schoolId) {
        Scope scope = new Scope(KpiValue.SCHOOL, schoolId);
        List<ReportSources.Partnership> serving = month.partnerships().stream()
                .filter(partnership -> partnership.schoolIds().contains(schoolId)).toList();
        return content(ReportKind.SCHOOL_DASHBOARD, month.schoolNames().getOrDefault(schoolId, schoolId), month,
                attendanceTiles(month, scope, SCHOOL_TILES), trend(month, scope), List.of(),
                partnershipRows(month, serving, KpiValue.atSchool(schoolId)), equity(month, scope), null, List.of(),
                month.yearToDatePeriod(scope), quality(month, ReportKind.SCHOOL_DASHBOARD, schoolId));
    }

    /**
     * Empty when the partnership has no consented story up to this month. The page prints only the figures that
     * support the story or honestly qualify it ({@link StoryFigures}): a tile of zero is left off, and the effect is
     * shown as a gain only where its whole interval lies above zero, as "no clear change yet" where it includes zero,
     * and not at all below zero. The plausibility step has warned of each one qualified or left off.
     */
    Optional<ReportContent> story(MonthFigures month, String partnershipId) {
        Optional<ReportSources.StoryRow> found = month.stories().stream()
                .filter(story -> story.partnershipId().equals(partnershipId)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportSources.StoryRow row = found.get();
        String partner = month.partnerships().stream().filter(p -> p.id().equals(partnershipId))
                .map(ReportSources.Partnership::name).findFirst().orElse(partnershipId);
        Scope scope = new Scope(KpiValue.PARTNERSHIP, partnershipId);
        KpiValue effect = month.value(Window.YEAR_TO_DATE, scope, KpiValue.ALL_STUDENTS,
                StoryFigures.ATTENDANCE_EFFECT);
        StoryEffect effectReading = switch (StoryFigures.judge(effect).reading()) {
            case SUPPORTS -> StoryEffect.GAIN;
            case NO_CLEAR_CHANGE -> StoryEffect.NO_CLEAR_CHANGE;
            case UNDERCUTS, WITHHELD, MISSING -> StoryEffect.NONE;
        };
        Story story = new Story(partner, row.title(), row.text(), row.quote(), row.attribution(),
                figure(month, Window.YEAR_TO_DATE, scope, "attendance_change_participants", Figure.Kind.POINTS),
                figure(month, Window.YEAR_TO_DATE, scope, "attendance_change_comparison", Figure.Kind.POINTS),
                estimate(month, scope, KpiValue.ALL_STUDENTS, StoryFigures.ATTENDANCE_EFFECT), effectReading);
        List<KpiTile> tiles = STORY_TILES.stream()
                .filter(spec -> switch (StoryFigures.judge(month.value(spec.window(), scope, KpiValue.ALL_STUDENTS,
                        spec.kpi())).reading()) {
                    case SUPPORTS, WITHHELD -> true;
                    case NO_CLEAR_CHANGE, UNDERCUTS, MISSING -> false;
                })
                .map(spec -> new KpiTile(spec.kpi(), figure(month, spec.window(), scope, spec.kpi(), spec.kind()),
                        null, null))
                .toList();
        return Optional.of(content(ReportKind.SUCCESS_STORY, partner, month, tiles,
                new AttendanceTrend("", "", List.of(), List.of()), List.of(), List.of(), List.of(), story,
                List.of()));
    }

    /** Whether a partnership had started by the month's end: before, a board packet has nothing to say. */
    private static boolean anyPartnershipStarted(MonthFigures month) {
        return month.partnerships().stream().anyMatch(partnership -> partnership.startDate() == null
                || !partnership.startDate().isAfter(month.month().atEndOfMonth()));
    }

    /**
     * The month's reports not written, each with why, for the run's summary: the dashboard of a school with no
     * students this month or school year (a registry may list schools that send nothing).
     */
    static List<String> notWritten(MonthFigures month) {
        List<String> reasons = new ArrayList<>();
        month.schoolNames().forEach((id, name) -> {
            if (!month.hasStudents(id)) {
                reasons.add("school dashboard of " + name + " (" + id + "): no students on its roster or in its "
                        + "attendance this month or school year");
            }
        });
        return reasons;
    }

    /**
     * The board packet. Before any partnership started it has nothing to say, and says so in one line: no tables of
     * partnerships not yet begun, no chart of an investment of nothing.
     */
    ReportContent board(MonthFigures month) {
        Scope scope = new Scope(KpiValue.DISTRICT, KpiValue.DISTRICT_ID);
        if (!anyPartnershipStarted(month)) {
            return content(ReportKind.BOARD_PACKET, null, month, List.of(),
                    new AttendanceTrend("", "", List.of(), List.of()), List.of(), List.of(), List.of(), null,
                    List.of());
        }
        List<PartnershipRow> rows = new ArrayList<>(partnershipRows(month, month.partnerships(),
                KpiValue.ALL_STUDENTS));
        Figure served = figure(month, Window.YEAR_TO_DATE, scope, STUDENTS_SERVED, Figure.Kind.COUNT);
        Money total = districtMoney(month, scope, rows, served);
        rows.add(new PartnershipRow(null, null, served, Estimate.none(), Estimate.none(), List.of(), null, null,
                total));
        List<KpiTile> tiles = new ArrayList<>();
        for (KpiTile tile : tiles(month, scope, BOARD_TILES)) {
            tiles.add(tile.key().equals(COST_PER_STUDENT) && tile.value().isMissing()
                    ? new KpiTile(COST_PER_STUDENT, total.costPerStudent(), null, null) : tile);
        }
        List<MonthAmount> investment = figures.history(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, INVESTMENT_TOTAL,
                        Window.YEAR_TO_DATE, schoolYearStart(month.month()), month.month()).stream()
                .filter(value -> !value.suppressed() && value.value() != null)
                .map(value -> new MonthAmount(YearMonth.parse(value.reportMonth()), value.value().doubleValue(),
                        source(YearMonth.parse(value.reportMonth()), Window.YEAR_TO_DATE, scope,
                                KpiValue.ALL_STUDENTS, INVESTMENT_TOTAL)))
                .toList();
        return content(ReportKind.BOARD_PACKET, null, month, tiles,
                new AttendanceTrend("", "", List.of(), List.of()), List.of(), rows, List.of(), null, investment);
    }

    /**
     * The district's money: its stored figures where the KPI step wrote them, otherwise the partnerships' added up
     * (money is not about students, so no part of it is ever suppressed), and the cost per student served from the
     * total and the district's unduplicated count of students served.
     */
    private static Money districtMoney(MonthFigures month, Scope district, List<PartnershipRow> partnerships,
            Figure served) {
        Money stored = money(month, district);
        Figure total = orSum(stored.total(), partnerships, Money::total);
        Figure perStudent = stored.costPerStudent();
        if (perStudent.isMissing() && total.isShown()) {
            FigureSource source = FigureSource.ratio(perStudent.source(), total.source(), served.source());
            perStudent = served.suppressed() ? Figure.suppressed(Figure.Kind.MONEY, 0).from(source)
                    : served.isShown() && served.value() > 0
                            ? Figure.money(total.value() / served.value()).from(source)
                    : perStudent;
        }
        return new Money(orSum(stored.committed(), partnerships, Money::committed),
                orSum(stored.received(), partnerships, Money::received),
                orSum(stored.cash(), partnerships, Money::cash),
                orSum(stored.inKind(), partnerships, Money::inKind),
                orSum(stored.volunteerTime(), partnerships, Money::volunteerTime), total, perStudent,
                stored.costPerDayGained(), stored.costPerGpaPointGained());
    }

    private static Figure orSum(Figure stored, List<PartnershipRow> partnerships,
            Function<Money, Figure> part) {
        if (!stored.isMissing()) {
            return stored;
        }
        List<Figure> shown = partnerships.stream().map(row -> part.apply(row.money())).filter(Figure::isShown)
                .toList();
        return shown.isEmpty() ? stored : Figure.money(shown.stream().mapToDouble(Figure::value).sum())
                .from(FigureSource.sum(stored.source(), shown.stream().map(Figure::source).toList()));
    }

    private ReportContent content(ReportKind kind, String subject, MonthFigures month, List<KpiTile> tiles,
            AttendanceTrend trend, List<SchoolRow> schools, List<PartnershipRow> partnerships,
            List<SubgroupRow> equity, Story story, List<MonthAmount> investmentTrend) {
        return content(kind, subject, month, tiles, trend, schools, partnerships, equity, story, investmentTrend,
                null, quality(month, kind, null));
    }

    private ReportContent content(ReportKind kind, String subject, MonthFigures month, List<KpiTile> tiles,
            AttendanceTrend trend, List<SchoolRow> schools, List<PartnershipRow> partnerships,
            List<SubgroupRow> equity, Story story, List<MonthAmount> investmentTrend, Period yearToDate,
            DataQuality quality) {
        return new ReportContent(kind, reportProperties.districtName(), subject, month.month(), month.dataThrough(),
                month.generatedOn(), kpiProperties.minimumGroupSize(), tiles, trend, schools, partnerships, equity,
                story, moneyAssumptions(month), investmentTrend,
                quality, yearToDate);
    }

    /**
     * The data behind a report, by dataset. A school's dashboard counts the sheets sent for that school, says in one
     * line how many the district office and the partnerships serving it sent for several schools, and names only that
     * school and those partnerships among who sent nothing, and only that school's files not used or replaced. A
     * public story prints none of it, only the day the data runs through. The plausibility warnings, which name
     * schools and partnerships across the district, are on the district dashboard alone.
     */
    private static DataQuality quality(MonthFigures month, ReportKind kind, String schoolId) {
        DataReceived received = month.received();
        if (kind == ReportKind.SUCCESS_STORY) {
            return new DataQuality(List.of(), null, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }
        List<Warning> warnings = kind == ReportKind.DISTRICT_DASHBOARD ? month.warnings() : List.of();
        List<UnusedSheet> problems = received.problems().stream()
                .filter(problem -> schoolId == null || schoolId.equals(problem.sender()))
                .map(problem -> new UnusedSheet(problem.fileName(), problem.sheetName(),
                        UnusedSheet.Reason.valueOf(problem.status()))).toList();
        List<Replacement> replacements = received.replacements().stream()
                .filter(replacement -> schoolId == null || schoolId.equals(replacement.sender()))
                .map(replacement -> new Replacement(replacement.used(), replacement.replaced(),
                        replacement.receivedOn())).toList();
        if (schoolId == null) {
            Scope district = new Scope(KpiValue.DISTRICT, KpiValue.DISTRICT_ID);
            return new DataQuality(datasets(month, district, received.sheets()),
                    total(month, district, received.sheets()), 0, List.of(), received.schoolsWithoutAttendance(),
                    received.partnershipsWithoutParticipation(), problems, replacements, warnings);
        }
        Scope school = new Scope(KpiValue.SCHOOL, schoolId);
        List<ReportSources.Partnership> serving = month.partnerships().stream()
                .filter(partnership -> partnership.schoolIds().contains(schoolId)).toList();
        Set<String> otherPartnerships = month.partnerships().stream().map(ReportSources.Partnership::id)
                .filter(id -> serving.stream().noneMatch(partnership -> partnership.id().equals(id)))
                .collect(Collectors.toSet());
        List<DataReceived.SheetReceived> own = received.sheets().stream()
                .filter(sheet -> schoolId.equals(sheet.sender())).toList();
        List<DataReceived.SheetReceived> shared = received.sheets().stream()
                .filter(sheet -> !month.schoolNames().containsKey(sheet.sender())
                        && !otherPartnerships.contains(sheet.sender()))
                .toList();
        String schoolName = month.schoolNames().get(schoolId);
        return new DataQuality(datasets(month, school, own), own.size() > 1 ? total(month, school, own) : null,
                shared.size(), shared.stream().map(DataReceived.SheetReceived::dataset).distinct()
                        .sorted(Comparator.comparing(ReportContentAssembler::datasetOrder)).toList(),
                received.schoolsWithoutAttendance().stream().filter(name -> name.equals(schoolName)).toList(),
                received.partnershipsWithoutParticipation().stream()
                        .filter(name -> serving.stream().anyMatch(partnership -> partnership.name().equals(name)))
                        .toList(),
                problems, replacements, warnings);
    }

    /** Each dataset's sheets, rows loaded and rows rejected, in the order of the data guide. */
    private static List<DatasetReceived> datasets(MonthFigures month, Scope scope,
            List<DataReceived.SheetReceived> sheets) {
        Map<String, List<DataReceived.SheetReceived>> byDataset = new TreeMap<>(
                Comparator.comparing(ReportContentAssembler::datasetOrder).thenComparing(Function.identity()));
        sheets.forEach(sheet -> byDataset.computeIfAbsent(sheet.dataset(), dataset -> new ArrayList<>()).add(sheet));
        return byDataset.entrySet().stream()
                .map(dataset -> received(month, scope, dataset.getKey(), dataset.getValue())).toList();
    }

    private static DatasetReceived total(MonthFigures month, Scope scope, List<DataReceived.SheetReceived> sheets) {
        return received(month, scope, null, sheets);
    }

    private static DatasetReceived received(MonthFigures month, Scope scope, String dataset,
            List<DataReceived.SheetReceived> sheets) {
        List<Long> ids = sheets.stream().map(DataReceived.SheetReceived::sourceId).toList();
        Function<String, FigureSource> source = measure -> FigureSource.received(month.month(), scope.scope(),
                scope.id(), dataset, measure, ids);
        return new DatasetReceived(dataset, Figure.count(sheets.size()).from(source.apply("sheets")),
                Figure.count(sheets.stream().mapToLong(DataReceived.SheetReceived::rowsLoaded).sum())
                        .from(source.apply("rows_loaded")),
                Figure.count(sheets.stream().mapToLong(DataReceived.SheetReceived::rowsRejected).sum())
                        .from(source.apply("rows_rejected")));
    }

    private static int datasetOrder(String dataset) {
        int index = DATASET_ORDER.indexOf(dataset);
        return index < 0 ? DATASET_ORDER.size() : index;
    }

    /**
     * What the month's money figures assumed, where they were computed (the KPI step stores its assumptions with
     * them): the settings they were computed with and the days the year to date covers.
     */
    private MoneyAssumptions moneyAssumptions(MonthFigures month) {
        if (month.assumptions().isEmpty()) {
            return null;
        }
        return new MoneyAssumptions(kpiProperties.volunteerHourValue().doubleValue(),
                kpiProperties.volunteerHourSource(), schoolYearStart(month.month()).atDay(1),
                month.month().atEndOfMonth());
    }

    /**
     * The tiles, with the attendance ones saying what they rest on. The month's attendance rate, where the month has
     * none: if the month's days came only inside a summary of a longer period, that period's rate, labelled with
     * it; otherwise nothing, and that no attendance came. A year-to-date figure that counts such a summary is
     * labelled with the period it covers, and compared with nothing, since last month's and last year's covered
     * other spans. Students enrolled, where no attendance counts any, are the students on the roster.
     */
    private static List<KpiTile> attendanceTiles(MonthFigures month, Scope scope, List<TileSpec> specs) {
        Period period = month.yearToDatePeriod(scope);
        List<KpiTile> tiles = new ArrayList<>();
        for (KpiTile tile : tiles(month, scope, specs)) {
            if (tile.key().equals(KpiValue.ATTENDANCE_RATE) && tile.value().isMissing()) {
                tile = period != null && !period.through().isBefore(month.month().atDay(1))
                        ? new KpiTile(tile.key(), figure(month, Window.YEAR_TO_DATE, scope, KpiValue.ATTENDANCE_RATE,
                                Figure.Kind.PERCENT), null, null, period, TileNote.MONTH_INSIDE_PERIOD)
                        : new KpiTile(tile.key(), tile.value(), null, null, null, TileNote.NO_ATTENDANCE);
            }
            else if (tile.key().equals(KpiValue.CHRONIC_ABSENTEEISM) && period != null) {
                tile = new KpiTile(tile.key(), tile.value(), null, null, period, TileNote.NONE);
            }
            else if (tile.key().equals(KpiValue.STUDENTS_ENROLLED) && tile.value().isMissing()) {
                Figure onRoster = figure(month, Window.MONTH, scope, KpiValue.STUDENTS_ON_ROSTER, Figure.Kind.COUNT);
                if (!onRoster.isMissing()) {
                    tile = new KpiTile(KpiValue.STUDENTS_ON_ROSTER, onRoster, null, null);
                }
            }
            tiles.add(tile);
        }
        return tiles;
    }

    private static List<KpiTile> tiles(MonthFigures month, Scope scope, List<TileSpec> specs) {
        List<KpiTile> tiles = new ArrayList<>();
        for (TileSpec spec : specs) {
            Figure now = figure(month, spec.window(), scope, spec.kpi(), spec.kind());
            Figure baseline = figure(month.baseline(), month.month().minusYears(1), spec.window(), scope,
                    KpiValue.ALL_STUDENTS, spec.kpi(), spec.kind());
            // Nothing in the baseline year (no partnerships yet, so no money or hours) is no baseline to compare with:
            // "+$209,040 since the baseline year" would read as growth.
            if (baseline.isShown() && baseline.value() == 0) {
                baseline = Figure.missing(spec.kind()).from(baseline.source());
            }
            tiles.add(new KpiTile(spec.kpi(), now,
                    Figure.change(now, figure(month.previous(), month.month().minusMonths(1), spec.window(), scope,
                            KpiValue.ALL_STUDENTS, spec.kpi(), spec.kind())),
                    Figure.change(now, baseline)));
        }
        return tiles;
    }

    /**
     * Each partnership's line: its participants' figures in {@code subgroup} (all of them, or those at one school),
     * its goals and check-in, and its money where the line is about all its participants.
     */
    private static List<PartnershipRow> partnershipRows(MonthFigures month,
            List<ReportSources.Partnership> partnerships, String subgroup) {
        List<PartnershipRow> rows = new ArrayList<>();
        for (ReportSources.Partnership partnership : partnerships) {
            Scope scope = new Scope(KpiValue.PARTNERSHIP, partnership.id());
            ReportSources.CheckIn checkIn = month.checkIns().get(partnership.id());
            rows.add(new PartnershipRow(partnership.id(), partnership.name(),
                    figure(month, Window.YEAR_TO_DATE, scope, subgroup, STUDENTS_SERVED, Figure.Kind.COUNT),
                    estimate(month, scope, subgroup, EFFECT), estimate(month, scope, subgroup, GPA_EFFECT),
                    goals(month, partnership.id()), checkIn == null ? null : checkIn.status(),
                    checkIn == null ? null : checkIn.date(),
                    KpiValue.ALL_STUDENTS.equals(subgroup) ? money(month, scope) : null));
        }
        return rows;
    }

    /**
     * Every goal of the partnership: its target as the registry set it, and the partnership's year-to-date figure of
     * the goal's KPI across all its schools (suppressed as stored), which the share achieved and status come from.
     */
    private static List<Goal> goals(MonthFigures month, String partnershipId) {
        Scope scope = new Scope(KpiValue.PARTNERSHIP, partnershipId);
        List<Goal> goals = new ArrayList<>();
        for (ReportSources.GoalProgress goal : month.goals().getOrDefault(partnershipId, List.of())) {
            Figure.Kind kind = COUNT_KPIS.contains(goal.kpi()) ? Figure.Kind.COUNT
                    : MEAN_KPIS.contains(goal.kpi()) ? Figure.Kind.DECIMAL : Figure.Kind.PERCENT;
            goals.add(new Goal(goal.kpi(),
                    new Figure(kind, goal.target(), 0, false, false,
                            FigureSource.goalTarget(month.month(), partnershipId, goal.kpi())),
                    goal.byDate(), figure(month, Window.YEAR_TO_DATE, scope, goal.kpi(), kind),
                    goal.achieved() == null ? null : Figure.percent(goal.achieved(), 0)
                            .from(FigureSource.goal(month.month(), partnershipId, goal.kpi())),
                    goal.status()));
        }
        return goals;
    }

    private static Money money(MonthFigures month, Scope scope) {
        return new Money(
                figure(month, Window.YEAR_TO_DATE, scope, INVESTMENT_COMMITTED, Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, INVESTMENT_RECEIVED, Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, "investment_cash", Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, "investment_in_kind", Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, "investment_volunteer_time", Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, INVESTMENT_TOTAL, Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, COST_PER_STUDENT, Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, "cost_per_attendance_day_gained", Figure.Kind.MONEY),
                figure(month, Window.YEAR_TO_DATE, scope, "cost_per_gpa_point_gained", Figure.Kind.MONEY));
    }

    /** The month's year-to-date estimate with its interval, as stored. */
    private static Estimate estimate(MonthFigures month, Scope scope, String subgroup, String kpi) {
        FigureSource source = source(month.month(), Window.YEAR_TO_DATE, scope, subgroup, kpi);
        KpiValue value = month.value(Window.YEAR_TO_DATE, scope, subgroup, kpi);
        if (value == null) {
            return new Estimate(null, null, null, 0, false, source);
        }
        if (value.suppressed()) {
            return new Estimate(null, null, null, value.n(), true, source, value.withheldForAnother());
        }
        return new Estimate(decimal(value.value()), decimal(value.lowerBound()), decimal(value.upperBound()),
                value.n(), false, source);
    }

    /**
     * All students first, then every subgroup with a year-to-date attendance rate or chronic absenteeism at the
     * scope, in a stable order, each with the band its size falls in. Empty where no subgroup has figures.
     */
    private List<SubgroupRow> equity(MonthFigures month, Scope scope) {
        Figure all = figure(month, Window.YEAR_TO_DATE, scope, KpiValue.ATTENDANCE_RATE, Figure.Kind.PERCENT);
        List<SubgroupRow> rows = new ArrayList<>();
        for (String subgroup : month.subgroups(Window.YEAR_TO_DATE, scope)) {
            Figure rate = figure(month, Window.YEAR_TO_DATE, scope, subgroup, KpiValue.ATTENDANCE_RATE,
                    Figure.Kind.PERCENT);
            rows.add(new SubgroupRow(subgroup, rate, figure(month, Window.YEAR_TO_DATE, scope, subgroup,
                    KpiValue.CHRONIC_ABSENTEEISM, Figure.Kind.PERCENT), Figure.change(rate, all),
                    size(month, scope, subgroup)));
        }
        if (rows.isEmpty()) {
            return rows;
        }
        rows.sort(Comparator.comparing((SubgroupRow row) -> dimensionOrder(row.subgroup()))
                .thenComparing(row -> naturalKey(row.subgroup())));
        rows.add(0, new SubgroupRow(KpiValue.ALL_STUDENTS, all, figure(month, Window.YEAR_TO_DATE, scope,
                KpiValue.CHRONIC_ABSENTEEISM, Figure.Kind.PERCENT), null,
                size(month, scope, KpiValue.ALL_STUDENTS)));
        return rows;
    }

    /**
     * The band a group's size falls in, from the students its year-to-date attendance rate rests on: below the
     * minimum, or the minimum to 19, 20 to 49, 50 or more (bands starting below the minimum start at it). Bands,
     * not counts, so that a group's size beside the total and its siblings' never pins down a small group's.
     */
    private GroupSize size(MonthFigures month, Scope scope, String subgroup) {
        KpiValue value = month.value(Window.YEAR_TO_DATE, scope, subgroup, KpiValue.ATTENDANCE_RATE);
        int minimum = kpiProperties.minimumGroupSize();
        if (value == null) {
            return null;
        }
        int n = value.n();
        if (n < minimum) {
            return GroupSize.belowMinimum(minimum);
        }
        int from = minimum;
        for (int bound : GROUP_SIZE_BANDS) {
            if (n < bound) {
                return new GroupSize(from, bound - 1);
            }
            from = Math.max(minimum, bound);
        }
        return new GroupSize(from, null);
    }

    private static int dimensionOrder(String subgroup) {
        int colon = subgroup.indexOf(':');
        int index = SUBGROUP_ORDER.indexOf(colon < 0 ? subgroup : subgroup.substring(0, colon));
        return index < 0 ? SUBGROUP_ORDER.size() : index;
    }

    /** Grades in school order (pre-K and K before 1, 9 before 10); other values alphabetically. */
    private static String naturalKey(String subgroup) {
        String value = subgroup.substring(subgroup.indexOf(':') + 1);
        if (value.matches("\\d+")) {
            return String.format("1%05d", Integer.parseInt(value));
        }
        return (value.matches("(?i)P?K|TK|KG|PK\\d") ? "0" : "2") + value;
    }

    private AttendanceTrend trend(MonthFigures monthFigures, Scope scope) {
        YearMonth month = monthFigures.month();
        YearMonth yearStart = schoolYearStart(month);
        YearMonth baselineStart = yearStart.minusYears(1);
        return new AttendanceTrend(schoolYear(yearStart), schoolYear(baselineStart),
                points(monthFigures, scope, yearStart, month),
                points(monthFigures, scope, baselineStart, yearStart.minusMonths(1)));
    }

    private YearMonth schoolYearStart(YearMonth month) {
        int startMonth = kpiProperties.schoolYearStartMonth();
        return YearMonth.of(month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1, startMonth);
    }

    private static List<MonthPoint> points(MonthFigures month, Scope scope, YearMonth from, YearMonth through) {
        return month.attendanceRates(scope, from, through).stream()
                .filter(v -> !v.suppressed() && v.value() != null)
                .map(v -> new MonthPoint(YearMonth.parse(v.reportMonth()), v.value().doubleValue(),
                        source(YearMonth.parse(v.reportMonth()), Window.MONTH, scope, KpiValue.ALL_STUDENTS,
                                KpiValue.ATTENDANCE_RATE)))
                .toList();
    }

    private static String schoolYear(YearMonth start) {
        return start.getYear() + "\u2013" + String.format("%02d", (start.getYear() + 1) % 100);
    }

    private static Figure figure(MonthFigures month, Window window, Scope scope, String kpi, Figure.Kind kind) {
        return figure(month, window, scope, KpiValue.ALL_STUDENTS, kpi, kind);
    }

    private static Figure figure(MonthFigures month, Window window, Scope scope, String subgroup, String kpi,
            Figure.Kind kind) {
        return figure(month.current(), month.month(), window, scope, subgroup, kpi, kind);
    }

    /** The stored figure of {@code values}, the figures of {@code of}, saying which it is; missing if none is stored. */
    private static Figure figure(Map<String, KpiValue> values, YearMonth of, Window window, Scope scope,
            String subgroup, String kpi, Figure.Kind kind) {
        FigureSource source = source(of, window, scope, subgroup, kpi);
        KpiValue value = values.get(MonthFigures.key(window, scope, subgroup, kpi));
        if (value == null) {
            return Figure.missing(kind).from(source);
        }
        if (value.suppressed()) {
            return (value.withheldForAnother() ? Figure.withheld(kind) : Figure.suppressed(kind, value.n()))
                    .from(source);
        }
        BigDecimal number = value.value();
        return number == null ? Figure.missing(kind).from(source)
                : new Figure(kind, number.doubleValue(), value.n(), false, false, source);
    }

    private static FigureSource source(YearMonth month, Window window, Scope scope, String subgroup, String kpi) {
        return FigureSource.stored(month, window.name(), scope.scope(), scope.id(), subgroup, kpi);
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Map<String, KpiValue> index(List<KpiValue> values) {
        Map<String, KpiValue> byKey = new HashMap<>(values.size() * 2);
        for (KpiValue value : values) {
            byKey.put(MonthFigures.key(Window.valueOf(value.periodKind()),
                    new Scope(value.scope(), value.scopeId()), value.subgroup(), value.kpi()), value);
        }
        return byKey;
    }
}
