package org.village.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.village.report.DistrictDashboard.AttendanceTrend;
import org.village.report.DistrictDashboard.DataQuality;
import org.village.report.DistrictDashboard.KpiTile;
import org.village.report.DistrictDashboard.MonthPoint;
import org.village.report.DistrictDashboard.SchoolRow;

/** Hand-built dashboards with the names and edge cases a real district sends. */
final class Dashboards {

    static final String DISTRICT = "Riverside Unified School District";
    static final String SUPPRESSED_SCHOOL = "Harbor View Newcomer Center";
    static final String LONG_NAME =
            "Dr. Martin Luther King Jr. Early College and International Baccalaureate Magnet High School";

    private Dashboards() {
    }

    static DistrictDashboard small() {
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
    static DistrictDashboard withSchools(int count) {
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

    private static DistrictDashboard dashboard(List<SchoolRow> schools) {
        List<KpiTile> tiles = List.of(
                new KpiTile("Attendance rate, October 2026", Figure.percent(0.941, 2950),
                        "Year to date 93.2% \u00b7 October 2025 93.6%"),
                new KpiTile("Chronic absenteeism, year to date", Figure.percent(0.124, 2950),
                        "Same point last year 14.0%"),
                new KpiTile("Students enrolled", Figure.count(3024), "In 8 schools"),
                new KpiTile("Students in newcomer programs", Figure.suppressed(Figure.Kind.COUNT, 7),
                        "Too few students to show"));
        DataQuality quality = new DataQuality(14, 61_482, 17, List.of(
                "Oak Park Elementary sent no attendance file for October 2026.",
                "17 rows in daily_attendance_lincoln.xlsx had a date outside the school year and were set aside."));
        return new DistrictDashboard(DISTRICT, YearMonth.of(2026, 10), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 2), 10, tiles, trend(), schools, quality);
    }

    static SchoolRow school(String name, int students, double month, double yearToDate, double chronic) {
        return new SchoolRow(name, Figure.count(students), Figure.percent(month, students),
                Figure.percent(yearToDate, students), Figure.percent(chronic, students));
    }

    static MonthPoint point(int year, int month, double rate) {
        return new MonthPoint(YearMonth.of(year, month), rate);
    }
}
