package org.village.monthly;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.village.ingest.DataReceived;
import org.village.ingest.IngestedData;
import org.village.kpi.KpiFigures;
import org.village.kpi.KpiProperties;
import org.village.kpi.KpiValue;
import org.village.kpi.Window;
import org.village.report.DistrictDashboard;
import org.village.report.DistrictDashboard.AttendanceTrend;
import org.village.report.DistrictDashboard.DataQuality;
import org.village.report.DistrictDashboard.KpiTile;
import org.village.report.DistrictDashboard.MonthPoint;
import org.village.report.DistrictDashboard.SchoolRow;
import org.village.report.Figure;

/** Gathers a month's stored, already suppressed figures into what the district dashboard prints. */
@Component
class DistrictDashboardAssembler {

    private final KpiFigures figures;
    private final IngestedData ingested;
    private final KpiProperties kpiProperties;
    private final ReportProperties reportProperties;
    private final Clock clock;

    DistrictDashboardAssembler(KpiFigures figures, IngestedData ingested, KpiProperties kpiProperties,
            ReportProperties reportProperties, Clock clock) {
        this.figures = figures;
        this.ingested = ingested;
        this.kpiProperties = kpiProperties;
        this.reportProperties = reportProperties;
        this.clock = clock;
    }

    DistrictDashboard assemble(YearMonth month, long jobInstanceId) {
        Map<String, KpiValue> values = new HashMap<>();
        for (KpiValue value : figures.month(month)) {
            if (KpiValue.ALL_STUDENTS.equals(value.subgroup())) {
                values.put(key(value.periodKind(), value.scope(), value.scopeId(), value.kpi()), value);
            }
        }
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        Lookup lookup = new Lookup(values, kpiProperties.minimumGroupSize());
        List<KpiTile> tiles = List.of(
                new KpiTile("Attendance rate, " + monthName,
                        lookup.percent(Window.MONTH, KpiValue.DISTRICT, KpiValue.DISTRICT_ID, KpiValue.ATTENDANCE_RATE),
                        "Year to date: " + lookup.text(Window.YEAR_TO_DATE, KpiValue.DISTRICT_ID,
                                KpiValue.ATTENDANCE_RATE)),
                new KpiTile("Chronic absenteeism, year to date",
                        lookup.percent(Window.YEAR_TO_DATE, KpiValue.DISTRICT, KpiValue.DISTRICT_ID,
                                KpiValue.CHRONIC_ABSENTEEISM),
                        "Missed 10% or more of enrolled days"),
                new KpiTile("Students enrolled, " + monthName,
                        lookup.count(Window.MONTH, KpiValue.DISTRICT, KpiValue.DISTRICT_ID, KpiValue.STUDENTS_ENROLLED),
                        "With at least one day enrolled"));

        List<SchoolRow> schools = new ArrayList<>();
        for (Map.Entry<String, String> school : ingested.schoolNames().entrySet()) {
            String id = school.getKey();
            if (!values.containsKey(key(Window.MONTH.name(), KpiValue.SCHOOL, id, KpiValue.STUDENTS_ENROLLED))
                    && !values.containsKey(key(Window.YEAR_TO_DATE.name(), KpiValue.SCHOOL, id,
                            KpiValue.STUDENTS_ENROLLED))) {
                continue;
            }
            schools.add(new SchoolRow(school.getValue(),
                    lookup.count(Window.MONTH, KpiValue.SCHOOL, id, KpiValue.STUDENTS_ENROLLED),
                    lookup.percent(Window.MONTH, KpiValue.SCHOOL, id, KpiValue.ATTENDANCE_RATE),
                    lookup.percent(Window.YEAR_TO_DATE, KpiValue.SCHOOL, id, KpiValue.ATTENDANCE_RATE),
                    lookup.percent(Window.YEAR_TO_DATE, KpiValue.SCHOOL, id, KpiValue.CHRONIC_ABSENTEEISM)));
        }
        schools.sort(Comparator.comparing(SchoolRow::schoolName, Collator.getInstance(Locale.US)));

        DataReceived received = ingested.dataReceived(month, jobInstanceId);
        List<String> notes = new ArrayList<>();
        if (!received.schoolsWithoutAttendance().isEmpty()) {
            notes.add("No attendance received for " + monthName + " from: "
                    + String.join(", ", received.schoolsWithoutAttendance()) + ".");
        }
        if (!received.partnershipsWithoutParticipation().isEmpty()) {
            notes.add("No participation received for " + monthName + " from: "
                    + String.join(", ", received.partnershipsWithoutParticipation()) + ".");
        }
        received.problems().forEach(problem -> notes.add("Not used: " + problem));
        received.replacements().forEach(replacement -> notes.add("Version used: " + replacement + "."));
        if (received.rowsRejected() > 0) {
            notes.add("Rejected rows are listed, with the reason for each, in the rejects table for the data "
                    + "manager; they are left out of every figure.");
        }

        LocalDate dataThrough = ingested.latestAttendanceDate(month).orElse(month.atEndOfMonth());
        return new DistrictDashboard(reportProperties.districtName(), month, dataThrough, LocalDate.now(clock),
                kpiProperties.minimumGroupSize(), tiles, trend(month), schools,
                new DataQuality(received.attendanceFiles(), received.rowsLoaded(), received.rowsRejected(), notes));
    }

    private AttendanceTrend trend(YearMonth month) {
        int startMonth = kpiProperties.schoolYearStartMonth();
        YearMonth yearStart = YearMonth.of(month.getMonthValue() >= startMonth ? month.getYear()
                : month.getYear() - 1, startMonth);
        YearMonth baselineStart = yearStart.minusYears(1);
        return new AttendanceTrend(schoolYear(yearStart), schoolYear(baselineStart),
                points(yearStart, month), points(baselineStart, yearStart.minusMonths(1)));
    }

    private List<MonthPoint> points(YearMonth from, YearMonth through) {
        return figures.history(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, KpiValue.ATTENDANCE_RATE, Window.MONTH,
                        from, through).stream()
                .filter(v -> !v.suppressed() && v.value() != null)
                .map(v -> new MonthPoint(YearMonth.parse(v.reportMonth()), v.value().doubleValue()))
                .toList();
    }

    private static String schoolYear(YearMonth start) {
        return start.getYear() + "–" + String.format("%02d", (start.getYear() + 1) % 100);
    }

    private static String key(String window, String scope, String scopeId, String kpi) {
        return window + "|" + scope + "|" + scopeId + "|" + kpi;
    }

    private record Lookup(Map<String, KpiValue> values, int minimumGroupSize) {

        Figure percent(Window window, String scope, String scopeId, String kpi) {
            return figure(window, scope, scopeId, kpi, Figure.Kind.PERCENT);
        }

        Figure count(Window window, String scope, String scopeId, String kpi) {
            return figure(window, scope, scopeId, kpi, Figure.Kind.COUNT);
        }

        String text(Window window, String districtId, String kpi) {
            Figure figure = percent(window, KpiValue.DISTRICT, districtId, kpi);
            if (figure.suppressed()) {
                return "n<" + minimumGroupSize;
            }
            return figure.value() == null ? "–" : String.format(Locale.US, "%.1f%%", figure.value() * 100);
        }

        private Figure figure(Window window, String scope, String scopeId, String kpi, Figure.Kind kind) {
            KpiValue value = values.get(key(window.name(), scope, scopeId, kpi));
            if (value == null) {
                return Figure.missing(kind);
            }
            if (value.suppressed()) {
                return Figure.suppressed(kind, value.n());
            }
            BigDecimal number = value.value();
            if (number == null) {
                return Figure.missing(kind);
            }
            return new Figure(kind, number.doubleValue(), value.n(), false);
        }
    }
}
