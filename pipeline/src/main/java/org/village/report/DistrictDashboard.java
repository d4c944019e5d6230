package org.village.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the district dashboard prints, already computed and already suppressed: the renderer lays it out and
 * decides nothing about the numbers.
 */
public record DistrictDashboard(
        String districtName,
        YearMonth month,
        LocalDate dataThrough,
        LocalDate generatedOn,
        int minimumGroupSize,
        List<KpiTile> tiles,
        AttendanceTrend trend,
        List<SchoolRow> schools,
        DataQuality dataQuality) {

    /** A headline figure with what it is compared to, e.g. "Attendance rate, October 2026" / 94.1% / "year to date 93.2%". */
    public record KpiTile(String label, Figure value, String comparison) {
    }

    /**
     * The district's attendance rate by month of the school year, this year beside the baseline year. Points are in
     * school-year order (e.g. Aug..Jun); a month with no data is absent, not zero.
     */
    public record AttendanceTrend(String currentYearLabel, String baselineYearLabel,
            List<MonthPoint> currentYear, List<MonthPoint> baselineYear) {
    }

    /** {@code rate} is a fraction in [0, 1]; suppressed points are not passed to the chart at all. */
    public record MonthPoint(YearMonth month, double rate) {
    }

    public record SchoolRow(String schoolName, Figure students, Figure attendanceRateMonth,
            Figure attendanceRateYearToDate, Figure chronicAbsenteeismYearToDate) {
    }

    public record DataQuality(int filesLoaded, long rowsLoaded, long rowsRejected, List<String> notes) {
    }
}
