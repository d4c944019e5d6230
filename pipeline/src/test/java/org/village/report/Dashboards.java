package org.village.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.village.report.ReportContent.AttendanceTrend;
import org.village.report.ReportContent.DataQuality;
import org.village.report.ReportContent.DatasetReceived;
import org.village.report.ReportContent.Estimate;
import org.village.report.ReportContent.Goal;
import org.village.report.ReportContent.KpiTile;
import org.village.report.ReportContent.MonthAmount;
import org.village.report.ReportContent.MonthPoint;
import org.village.report.ReportContent.Money;
import org.village.report.ReportContent.MoneyAssumptions;
import org.village.report.ReportContent.PartnershipRow;
import org.village.report.ReportContent.SchoolRow;
import org.village.report.ReportContent.Story;
import org.village.report.ReportContent.StoryEffect;
import org.village.report.ReportContent.SubgroupRow;
import org.village.report.ReportContent.UnusedSheet;

/** Hand-built reports with the names and edge cases a real district sends. */
final class Dashboards {

    static final ReportTemplates TEMPLATES = ReportTemplates.load(null, "en");
    static final Theme THEME = TEMPLATES.theme();
    static final Messages MESSAGES = TEMPLATES.messages();

    static final String DISTRICT = "Riverside Unified School District";
    static final String SUPPRESSED_SCHOOL = "Harbor View Newcomer Center";
    static final String LONG_NAME =
            "Dr. Martin Luther King Jr. Early College and International Baccalaureate Magnet High School";

    private Dashboards() {
    }

    static ReportContent small() {
        return dashboard(List.of(
                school("École José Martí", 412, 0.941, 0.936, 0.112),
                school("Nguyễn Trãi Academy", 655, 0.958, 0.951, 0.081),
                school("Zoë Baldwin Elementary", 380, 0.927, 0.931, 0.164),
                school(LONG_NAME, 1024, 0.902, 0.911, 0.215),
                new SchoolRow(SUPPRESSED_SCHOOL, Figure.suppressed(Figure.Kind.COUNT, 7),
                        Figure.suppressed(Figure.Kind.PERCENT, 7), Figure.suppressed(Figure.Kind.PERCENT, 7),
                        Figure.suppressed(Figure.Kind.PERCENT, 7))));
    }

    /** Students 1,001 to 1,0nn, so a page holding table rows can be told by the counts alone. */
    static ReportContent withSchools(int count) {
        List<SchoolRow> schools = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            schools.add(school(String.format("Test School %02d", i), 1000 + i, 0.90 + (i % 7) * 0.01,
                    0.91 + (i % 5) * 0.01, 0.10 + (i % 4) * 0.02));
        }
        return dashboard(schools);
    }

    static AttendanceTrend trend() {
        List<MonthPoint> current = List.of(
                point(2026, 8, 0.951), point(2026, 9, 0.944), point(2026, 10, 0.941));
        List<MonthPoint> baseline = List.of(
                point(2025, 8, 0.948), point(2025, 9, 0.939), point(2025, 10, 0.936), point(2025, 11, 0.928),
                point(2025, 12, 0.917), point(2026, 1, 0.921), point(2026, 2, 0.925), point(2026, 3, 0.929),
                point(2026, 4, 0.924), point(2026, 5, 0.915), point(2026, 6, 0.908));
        return new AttendanceTrend("2026\u201327", "2025\u201326", current, baseline);
    }

    /**
     * Two partnerships with effects (one clearly above zero on attendance and on GPA, one crossing zero) and one too
     * small to show; four goals between them, one of each kind of status.
     */
    static List<PartnershipRow> partnerships() {
        return List.of(
                new PartnershipRow("P-001", "Big Brothers Big Sisters of Riverbend", Figure.count(148),
                        new Estimate(0.021, 0.004, 0.038, 148, false), new Estimate(0.12, 0.03, 0.21, 148, false),
                        List.of(goal("attendance_rate", Figure.percent(0.95, 0), Figure.percent(0.931, 148), 0.98,
                                        "AT_RISK"),
                                goal("students_served", Figure.count(150), Figure.count(148), 0.9867, "ON_TRACK")),
                        "AT_RISK", LocalDate.of(2026, 9, 30),
                        money(25_000.0, 12_000, 2_500, 4_870.60, 19_370.60, 130.88, 6.2, 1_090.71)),
                new PartnershipRow("P-002", "Riverbend Food Bank", Figure.count(61),
                        new Estimate(-0.005, -0.02, 0.01, 61, false), Estimate.none(),
                        List.of(goal("volunteer_hours", Figure.count(400), Figure.count(30), 0.075, "OFF_TRACK")),
                        null, null, money(10_000.0, 0, 8_000, 417.48, 8_417.48, 137.99, null, null)),
                new PartnershipRow("P-003", "Zoë's Reading Buddies", Figure.suppressed(Figure.Kind.COUNT, 6),
                        new Estimate(null, null, null, 6, true), new Estimate(null, null, null, 6, true),
                        List.of(goal("gpa", new Figure(Figure.Kind.DECIMAL, 3.0, 0, false),
                                Figure.suppressed(Figure.Kind.DECIMAL, 6), null, "NOT_MEASURED")),
                        "ON_TRACK", LocalDate.of(2026, 10, 12), money(null, 500, 0, 69.58, 569.58, null, null, null)));
    }

    static Goal goal(String kpi, Figure target, Figure current, Double achieved, String status) {
        return new Goal(kpi, target, LocalDate.of(2027, 6, 30), current,
                achieved == null ? null : Figure.percent(achieved, 0), status);
    }

    static Money money(Double committed, double cash, double inKind, double volunteer, double total,
            Double perStudent, Double perDay, Double perGpaPoint) {
        return new Money(committed == null ? Figure.missing(Figure.Kind.MONEY) : Figure.money(committed),
                Figure.money(cash + inKind), Figure.money(cash), Figure.money(inKind), Figure.money(volunteer),
                Figure.money(total), perStudent == null ? Figure.suppressed(Figure.Kind.MONEY, 6)
                        : Figure.money(perStudent),
                perDay == null ? Figure.missing(Figure.Kind.MONEY) : Figure.money(perDay),
                perGpaPoint == null ? Figure.missing(Figure.Kind.MONEY) : Figure.money(perGpaPoint));
    }

    static List<SubgroupRow> equity() {
        return List.of(
                subgroup("grade:K", 0.921, 0.15, 0.941),
                subgroup("gender:F", 0.944, 0.11, 0.941),
                subgroup("english_learner", 0.925, 0.16, 0.941),
                new SubgroupRow("foster", Figure.suppressed(Figure.Kind.PERCENT, 4),
                        Figure.suppressed(Figure.Kind.PERCENT, 4), Figure.suppressed(Figure.Kind.POINTS, 0)));
    }

    private static SubgroupRow subgroup(String key, double rate, double chronic, double all) {
        Figure figure = Figure.percent(rate, 120);
        return new SubgroupRow(key, figure, Figure.percent(chronic, 120),
                Figure.change(figure, Figure.percent(all, 3000)));
    }

    static List<KpiTile> tiles() {
        return List.of(
                tile("attendance_rate", Figure.percent(0.941, 2950), Figure.percent(0.944, 2950),
                        Figure.percent(0.936, 2900)),
                tile("chronic_absenteeism", Figure.percent(0.124, 2950), Figure.percent(0.118, 2950),
                        Figure.percent(0.140, 2900)),
                tile("gpa", new Figure(Figure.Kind.DECIMAL, 2.91, 2950, false), null, null),
                tile("students_served", Figure.count(3024), Figure.count(2900), null),
                tile("volunteer_hours", Figure.count(1204), Figure.count(800), null),
                new KpiTile("investment_total", Figure.suppressed(Figure.Kind.MONEY, 7), null, null));
    }

    private static KpiTile tile(String key, Figure now, Figure lastMonth, Figure baseline) {
        return new KpiTile(key, now, lastMonth == null ? null : Figure.change(now, lastMonth),
                baseline == null ? null : Figure.change(now, baseline));
    }

    static DataQuality quality() {
        return new DataQuality(List.of(received("ROSTER", 2, 3_010, 0), received("DAILY_ATTENDANCE", 8, 58_472, 17),
                received("PARTICIPATION", 4, 0, 0)), received(null, 14, 61_482, 17), 0, List.of(),
                List.of("Oak Park Elementary"), List.of("Riverbend Food Bank"),
                List.of(new UnusedSheet("daily_attendance_lincoln.xlsx", "", UnusedSheet.Reason.UNREADABLE)),
                List.of(), List.of());
    }

    private static DatasetReceived received(String dataset, long sheets, long rowsLoaded, long rowsRejected) {
        return new DatasetReceived(dataset, Figure.count(sheets), Figure.count(rowsLoaded),
                Figure.count(rowsRejected));
    }

    static ReportContent dashboard(List<SchoolRow> schools) {
        return new ReportContent(ReportKind.DISTRICT_DASHBOARD, DISTRICT, null, YearMonth.of(2026, 10),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), 10, tiles(), trend(), schools, partnerships(),
                equity(), null, null, List.of(), quality());
    }

    static ReportContent school() {
        return new ReportContent(ReportKind.SCHOOL_DASHBOARD, DISTRICT, "École José Martí", YearMonth.of(2026, 10),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), 10, tiles().subList(0, 3), trend(), List.of(),
                partnerships().subList(0, 1), equity(), null, null, List.of(), quality());
    }

    static ReportContent story() {
        Story story = new Story("Big Brothers Big Sisters of Riverbend", "A mentor who kept showing up",
                "Every Tuesday since August, Mr. Nguyễn has met Zoë after school.\n\nHer attendance climbed.",
                "I come to school on Tuesdays because I know someone is waiting.", "Zoë, grade 7",
                new Figure(Figure.Kind.POINTS, 0.034, 148, false), new Figure(Figure.Kind.POINTS, 0.009, 900, false),
                new Estimate(0.025, 0.011, 0.039, 148, false), StoryEffect.GAIN);
        return new ReportContent(ReportKind.SUCCESS_STORY, DISTRICT, "Big Brothers Big Sisters of Riverbend",
                YearMonth.of(2026, 10), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), 10,
                List.of(new KpiTile("students_served", Figure.count(148), null, null),
                        new KpiTile("volunteer_hours", Figure.count(412), null, null),
                        new KpiTile("retention", Figure.percent(0.62, 148), null, null)),
                new AttendanceTrend("", "", List.of(), List.of()), List.of(), List.of(), List.of(), story, null,
                List.of(), quality());
    }

    static ReportContent board() {
        List<PartnershipRow> rows = new ArrayList<>(partnerships());
        rows.add(new PartnershipRow(null, null, Figure.count(215), Estimate.none(), Estimate.none(), List.of(), null,
                null, money(35_000.0, 12_500, 10_500, 5_357.66, 28_357.66, 131.90, null, null)));
        return new ReportContent(ReportKind.BOARD_PACKET, DISTRICT, null, YearMonth.of(2026, 10),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), 10,
                List.of(new KpiTile("investment_total", Figure.money(28_357.66), null, null),
                        new KpiTile("students_served", Figure.count(215), null, null)),
                new AttendanceTrend("", "", List.of(), List.of()), List.of(), rows, List.of(), null,
                new MoneyAssumptions(34.79, "Independent Sector 2024", LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 10, 31)),
                List.of(new MonthAmount(YearMonth.of(2026, 8), 4_000), new MonthAmount(YearMonth.of(2026, 9), 15_200),
                        new MonthAmount(YearMonth.of(2026, 10), 28_357.66)),
                quality());
    }

    static SchoolRow school(String name, int students, double month, double yearToDate, double chronic) {
        return new SchoolRow(name, Figure.count(students), Figure.percent(month, students),
                Figure.percent(yearToDate, students), Figure.percent(chronic, students));
    }

    static MonthPoint point(int year, int month, double rate) {
        return new MonthPoint(YearMonth.of(year, month), rate);
    }
}
