package org.village.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything one report prints, already computed and already suppressed: the renderer lays it out and decides nothing
 * about the numbers. The four reports share this one shape; a section a report's template does not name is not drawn,
 * and an empty list draws as a sentence saying there is nothing to show.
 *
 * @param subject the school or partnership a scoped report is about; {@code null} for district-wide reports
 */
public record ReportContent(
        ReportKind kind,
        String districtName,
        String subject,
        YearMonth month,
        LocalDate dataThrough,
        LocalDate generatedOn,
        int minimumGroupSize,
        List<KpiTile> tiles,
        AttendanceTrend trend,
        List<SchoolRow> schools,
        List<PartnershipRow> partnerships,
        List<SubgroupRow> equity,
        Story story,
        MoneyAssumptions assumptions,
        List<MonthAmount> investmentTrend,
        DataQuality dataQuality,
        Period yearToDate) {

    public ReportContent {
        tiles = List.copyOf(tiles);
        schools = List.copyOf(schools);
        partnerships = List.copyOf(partnerships);
        equity = List.copyOf(equity);
        investmentTrend = List.copyOf(investmentTrend);
    }

    /** A report whose year-to-date figures cover the school year to date, as they usually do. */
    public ReportContent(ReportKind kind, String districtName, String subject, YearMonth month, LocalDate dataThrough,
            LocalDate generatedOn, int minimumGroupSize, List<KpiTile> tiles, AttendanceTrend trend,
            List<SchoolRow> schools, List<PartnershipRow> partnerships, List<SubgroupRow> equity, Story story,
            MoneyAssumptions assumptions, List<MonthAmount> investmentTrend, DataQuality dataQuality) {
        this(kind, districtName, subject, month, dataThrough, generatedOn, minimumGroupSize, tiles, trend, schools,
                partnerships, equity, story, assumptions, investmentTrend, dataQuality, null);
    }

    ReportContent withStory(Story shorter) {
        return new ReportContent(kind, districtName, subject, month, dataThrough, generatedOn, minimumGroupSize, tiles,
                trend, schools, partnerships, equity, shorter, assumptions, investmentTrend, dataQuality, yearToDate);
    }

    /**
     * The days a year-to-date attendance figure covers where they are not the school year to date: a school sent one
     * summary of several months (e.g. September to June), so the figure is labelled with its period.
     */
    public record Period(LocalDate from, LocalDate through) {
    }

    /** Why a tile's month figure is missing, said under it. */
    public enum TileNote {
        NONE,
        /** Nothing came for the month. */
        NO_ATTENDANCE,
        /** The month's days came only inside a summary of a longer period: the tile shows that period's figure. */
        MONTH_INSIDE_PERIOD
    }

    /**
     * A headline figure with its changes. {@code key} names the KPI; its label comes from the template's messages
     * ({@code tile.<key>}), so a district words it in its own language. A figure over a {@code period} other than
     * its usual window is labelled with it ({@code tile.<key>.period}).
     */
    public record KpiTile(String key, Figure value, Figure sinceLastMonth, Figure sinceBaseline, Period period,
            TileNote note) {

        public KpiTile(String key, Figure value, Figure sinceLastMonth, Figure sinceBaseline) {
            this(key, value, sinceLastMonth, sinceBaseline, null, TileNote.NONE);
        }
    }

    /**
     * The attendance rate by month of the school year, this year beside the baseline year. Points are in school-year
     * order (e.g. Aug..Jun); a month with no data is absent, not zero.
     */
    public record AttendanceTrend(String currentYearLabel, String baselineYearLabel,
            List<MonthPoint> currentYear, List<MonthPoint> baselineYear) {
    }

    /** {@code rate} is a fraction in [0, 1]; suppressed points are not passed to the chart at all. */
    public record MonthPoint(YearMonth month, double rate, FigureSource source) {

        public MonthPoint(YearMonth month, double rate) {
            this(month, rate, null);
        }
    }

    /** {@code yearToDate}: the period the school's year-to-date figures cover, where it is not the school year's. */
    public record SchoolRow(String schoolName, Figure students, Figure attendanceRateMonth,
            Figure attendanceRateYearToDate, Figure chronicAbsenteeismYearToDate, Period yearToDate) {

        public SchoolRow(String schoolName, Figure students, Figure attendanceRateMonth,
                Figure attendanceRateYearToDate, Figure chronicAbsenteeismYearToDate) {
            this(schoolName, students, attendanceRateMonth, attendanceRateYearToDate, chronicAbsenteeismYearToDate,
                    null);
        }
    }

    /**
     * One partnership's scorecard line, and its money for the board packet. {@code effect} is the difference in
     * differences of the attendance rate (a fraction, e.g. 0.012 for 1.2 points), {@code gpaEffect} the same of GPA
     * (in grade points); {@code goals} every goal of the partnership, in KPI order; {@code lastCheckIn} is the stored
     * code (ON_TRACK, AT_RISK, OFF_TRACK) or {@code null}.
     */
    public record PartnershipRow(String partnershipId, String name, Figure served, Estimate effect,
            Estimate gpaEffect, List<Goal> goals, String lastCheckIn, LocalDate lastCheckInDate, Money money) {

        public PartnershipRow {
            goals = List.copyOf(goals);
        }
    }

    /**
     * A partnership's goal as of the month: the KPI it measures, the target and the date to reach it by, the
     * partnership's current year-to-date figure of that KPI (across all its schools), the share achieved and the
     * stored status code (ON_TRACK, AT_RISK, OFF_TRACK, NOT_MEASURED).
     */
    public record Goal(String kpi, Figure target, LocalDate byDate, Figure current, Figure achieved, String status) {
    }

    /**
     * Year to date. {@code committed} is what the registry says the district and the partner committed, beside
     * {@code received}, the cash, grants and in-kind gifts given; {@code total} adds volunteer time. The costs per
     * attendance day and per GPA point gained are missing wherever their effect's interval does not lie above zero.
     */
    public record Money(Figure committed, Figure received, Figure cash, Figure inKind, Figure volunteerTime,
            Figure total, Figure costPerStudent, Figure costPerDayGained, Figure costPerGpaPointGained) {
    }

    /**
     * An estimate with its 95% interval, all as fractions; suppressed when either group is too small, or
     * {@code withheld} (suppressed too) only so that a smaller group cannot be worked out. {@code source} is the stored
     * figure holding the estimate and its interval, for the figure ledger.
     */
    public record Estimate(Double value, Double lower, Double upper, int n, boolean suppressed, FigureSource source,
            boolean withheld) {

        public Estimate(Double value, Double lower, Double upper, int n, boolean suppressed, FigureSource source) {
            this(value, lower, upper, n, suppressed, source, false);
        }

        public Estimate(Double value, Double lower, Double upper, int n, boolean suppressed) {
            this(value, lower, upper, n, suppressed, null);
        }

        public static Estimate none() {
            return new Estimate(null, null, null, 0, false);
        }

        public boolean isShown() {
            return !suppressed && value != null && lower != null && upper != null;
        }
    }

    /**
     * A subgroup (e.g. {@code gender:F}, {@code english_learner}), or all students ({@code all}, first), with its
     * figures, its gap to all students and the band its size falls in ({@code null} where unknown).
     */
    public record SubgroupRow(String subgroup, Figure attendanceRate, Figure chronicAbsenteeism, Figure gapToAll,
            GroupSize size) {

        public SubgroupRow(String subgroup, Figure attendanceRate, Figure chronicAbsenteeism, Figure gapToAll) {
            this(subgroup, attendanceRate, chronicAbsenteeism, gapToAll, null);
        }
    }

    /**
     * A band of group sizes, {@code from} to {@code through} students, or {@code from} or more where {@code through}
     * is null; below the minimum group size {@code from} is 0.
     */
    public record GroupSize(int from, Integer through) {

        public static GroupSize belowMinimum(int minimum) {
            return new GroupSize(0, minimum - 1);
        }
    }

    /**
     * A consented success story with the participants' and comparison students' change in attendance rate since the
     * baseline (fractions), for its chart, and the estimated effect with how the page may print it.
     */
    public record Story(String partnerName, String title, String text, String quote, String attribution,
            Figure participantsChange, Figure comparisonChange, Estimate effect, StoryEffect effectReading) {

        Story withText(String shorter) {
            return new Story(partnerName, title, shorter, quote, attribution, participantsChange, comparisonChange,
                    effect, effectReading);
        }
    }

    /** How a story's page prints its estimated effect on attendance; what supports a story is decided upstream. */
    public enum StoryEffect {
        /** Not at all: none estimated, withheld for a small group, or below zero. */
        NONE,
        /** As a gain: its whole 95% interval lies above zero; the two groups' changes charted, and the estimate. */
        GAIN,
        /** As "no clear change yet", with the estimate and its interval, which includes zero; no chart. */
        NO_CLEAR_CHANGE
    }

    /**
     * What the money figures rest on, for the report to say in its own words: the value of a volunteer hour and where
     * it comes from, and the days whose gifts the investment counts.
     */
    public record MoneyAssumptions(double volunteerHourValue, String volunteerHourSource, LocalDate from,
            LocalDate through) {
    }

    /** The investment so far this school year, as of the end of {@code month}. */
    public record MonthAmount(YearMonth month, double amount, FigureSource source) {

        public MonthAmount(YearMonth month, double amount) {
            this(month, amount, null);
        }
    }

    /**
     * What data the report rests on: each dataset's sheets in use, rows loaded and rows rejected (the report's school's
     * own on a school dashboard, with {@code total} over them where there are several), the sheets sent for the whole
     * district or by partners that a school's figures also use ({@code sharedSheets}, of the datasets named), who sent
     * nothing, files not used and why, corrected files that replaced earlier versions, and the plausibility warnings
     * on what loaded (for the district dashboard). Names and file names only, never a student; the report words each
     * in its own language.
     */
    public record DataQuality(List<DatasetReceived> datasets, DatasetReceived total, int sharedSheets,
            List<String> sharedDatasets, List<String> schoolsWithoutAttendance,
            List<String> partnershipsWithoutParticipation, List<UnusedSheet> problems, List<Replacement> replacements,
            List<Warning> warnings) {

        public DataQuality {
            datasets = List.copyOf(datasets);
            sharedDatasets = List.copyOf(sharedDatasets);
            schoolsWithoutAttendance = List.copyOf(schoolsWithoutAttendance);
            partnershipsWithoutParticipation = List.copyOf(partnershipsWithoutParticipation);
            problems = List.copyOf(problems);
            replacements = List.copyOf(replacements);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * One dataset's data behind a report ({@code dataset} as ingest names it, {@code DAILY_ATTENDANCE}), or all of
     * them ({@code dataset} null): its sheets, rows loaded and rows rejected, each with the sheets it adds up.
     */
    public record DatasetReceived(String dataset, Figure sheets, Figure rowsLoaded, Figure rowsRejected) {
    }

    /** A file, or a sheet of it ({@code sheet} empty for a file without named sheets), that was not used, and why. */
    public record UnusedSheet(String file, String sheet, Reason reason) {

        public enum Reason {
            /** Not any of the files Village reads. */
            UNRECOGNISED,
            /** Damaged, protected or cut short. */
            UNREADABLE,
            /** Held back until corrected: too many rows rejected, or dates whose order it does not say. */
            HELD,
            /** A schools list or partnership registry that holds too few of the district's ids to be its own. */
            REFUSED
        }
    }

    /** A corrected file in use, the earlier version it replaced, and the day the corrected one came. */
    public record Replacement(String used, String replaced, LocalDate received) {
    }

    /**
     * Something loaded that is probably wrong: the check that found it, as a code ({@code SCHOOL_ATTENDANCE_HIGH}),
     * and the school, partnership or file it is about.
     */
    public record Warning(String check, String subject) {
    }
}
