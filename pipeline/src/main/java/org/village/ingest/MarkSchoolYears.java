package org.village.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Gives a school year to the course marks a run loaded without one, or rejects them: a mark with no school year
 * counts toward no GPA, so it must not load as if it did. Its row could not say (no school year column, no date
 * stored, no year in the term label: {@link CourseMarkRowProcessor}), so the year comes, in this order, from the
 * sheet's other marks when they all fall in one school year; else, when no mark Village holds or this run loaded has
 * a school year and every dated sheet of the run (attendance, participation) lies in the run month's school year,
 * from the run's month. Otherwise the mark is rejected, saying what to add. Runs before the marks' sheets are
 * completed, so the rejects count toward the threshold at which a sheet is held back.
 */
final class MarkSchoolYears {

    private static final Logger log = LoggerFactory.getLogger(MarkSchoolYears.class);

    static final String ADD_A_YEAR = "No school year: add a School Year column (e.g. 2026-27) or the date each mark "
            + "was stored (DateStored), or write the year in the term label (Q1 2026-27). ";

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final int schoolYearStartMonth;

    MarkSchoolYears(JdbcClient jdbc, NamedQueries sql, int schoolYearStartMonth) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.schoolYearStartMonth = schoolYearStartMonth;
    }

    /**
     * Places or rejects the marks without a school year of the run's sheets still loading; call it once the run's
     * other sheets are completed (their periods are then known) and before its marks' sheets are.
     *
     * @return the marks rejected
     */
    long placeOrReject(long jobInstanceId, YearMonth runMonth) {
        List<Map<String, Object>> sheets = jdbc.sql(sql.get("yearless-mark-sheets"))
                .param("jobInstanceId", jobInstanceId).query().listOfRows();
        if (sheets.isEmpty()) {
            return 0;
        }
        long rejected = 0;
        boolean anyMarkHasYear = jdbc.sql(sql.get("marks-with-school-year")).param("jobInstanceId", jobInstanceId)
                .query(Long.class).single() > 0;
        String runYear = schoolYear(runMonth.atDay(1));
        TreeSet<String> runYears = new TreeSet<>();
        jdbc.sql(sql.get("run-dated-sheet-periods")).param("jobInstanceId", jobInstanceId).query(rs -> {
            runYears.add(schoolYear(LocalDate.parse(rs.getString("first_period").substring(0, 10))));
            runYears.add(schoolYear(LocalDate.parse(rs.getString("last_period").substring(0, 10))));
        });
        for (Map<String, Object> sheet : sheets) {
            long sourceId = ((Number) sheet.get("source_id")).longValue();
            String file = (String) sheet.get("file_name");
            List<String> sheetYears = jdbc.sql(sql.get("sheet-mark-school-years")).param("sourceId", sourceId)
                    .query(String.class).list();
            if (sheetYears.size() == 1) {
                place(sourceId, file, sheetYears.get(0), "the school year of the sheet's other marks");
            }
            else if (sheetYears.size() > 1) {
                rejected += reject(sourceId, "Its sheet holds marks of " + String.join(" and ", sheetYears)
                        + ", so the year of this one cannot be told.");
            }
            else if (anyMarkHasYear) {
                rejected += reject(sourceId, "Other marks sent to Village carry their school year, so the year of this one "
                        + "is not assumed.");
            }
            else if (!runYears.isEmpty() && !runYears.equals(new TreeSet<>(List.of(runYear)))) {
                rejected += reject(sourceId, "The files of this run hold attendance or participation of "
                        + String.join(" and ", runYears) + ", so the run's month (" + runMonth + ", school year "
                        + runYear + ") does not tell the year of this mark.");
            }
            else {
                place(sourceId, file, runYear, "the school year of the run's month, " + runMonth);
            }
        }
        return rejected;
    }

    private void place(long sourceId, String file, String schoolYear, String rule) {
        int placed = jdbc.sql(sql.get("place-yearless-marks")).param("sourceId", sourceId)
                .param("schoolYear", schoolYear).update();
        log.info("{}: {} course mark(s) with no school year counted in {}, {}.", file, placed, schoolYear, rule);
    }

    private int reject(long sourceId, String why) {
        jdbc.sql(sql.get("reject-yearless-marks")).param("sourceId", sourceId)
                .param("reasonCode", RejectReason.NO_SCHOOL_YEAR.name()).param("reason", ADD_A_YEAR + why)
                .update();
        return jdbc.sql(sql.get("delete-yearless-marks")).param("sourceId", sourceId).update();
    }

    private String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= schoolYearStartMonth ? day.getYear() : day.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
