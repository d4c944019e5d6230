package org.village.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;
import org.village.kpi.KpiProperties;
import org.village.kpi.KpiValue;
import org.village.kpi.TermCalendar;
import org.village.kpi.Window;
import org.village.quality.DataWarning.Check;

/**
 * Looks at a month's data in use and its stored figures for what is loaded but probably wrong, or loaded and
 * counting for nothing, and says so in a sentence that names the school, partnership or file and what to check.
 * Counts only: never a student id. Reads the figures as stored after suppression, so a school figure that is not
 * printed is not judged either (a warning about it could give it away).
 */
final class PlausibilityChecks {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final PlausibilityProperties limits;
    private final KpiProperties kpi;

    PlausibilityChecks(JdbcClient jdbc, NamedQueries sql, PlausibilityProperties limits, KpiProperties kpi) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.limits = limits;
        this.kpi = kpi;
    }

    List<DataWarning> check(YearMonth month) {
        Names names = names();
        List<DataWarning> warnings = new ArrayList<>();
        allPresentSheets(month, warnings);
        schoolAttendance(month, names, warnings);
        Set<String> sentThisMonth = schoolsWithAttendance(month);
        attendanceStopped(month, sentThisMonth, names, warnings);
        attendanceWithoutFigure(month, sentThisMonth, warnings);
        String schoolYear = Window.schoolYear(month.atDay(1), kpi.schoolYearStartMonth());
        gpaOffScale(schoolYear, names, warnings);
        marksWithoutGpa(month, schoolYear, warnings);
        marksWithoutSchoolYear(warnings);
        sessions(month, names, warnings);
        stories(month, names, warnings);
        return warnings;
    }

    private void allPresentSheets(YearMonth month, List<DataWarning> warnings) {
        jdbc.sql(sql.get("all-present-daily-sheets")).param("monthStart", month.atDay(1))
                .param("minimumStudents", limits.minimumStudents()).query(rs -> {
                    String sheet = sheet(rs.getString("file_name"), rs.getString("sheet_name"));
                    String about = subject(rs.getString("file_name"), rs.getString("sheet_name"));
                    warnings.add(new DataWarning(Check.ALL_PRESENT_SHEET, about, sheet + ": every one of its "
                            + rs.getInt("students") + " students is present on every day of " + MONTH.format(month)
                            + " (" + rs.getLong("days") + " student-days, not one absence). Check that the "
                            + "attendance code column was read (village.ingest.headers.attendance-status) and "
                            + "what each code means (village.ingest.attendance-codes)."));
                });
    }

    private void schoolAttendance(YearMonth month, Names names, List<DataWarning> warnings) {
        jdbc.sql(sql.get("school-month-attendance")).param("reportMonth", month.toString()).query(rs -> {
            BigDecimal rate = rs.getBigDecimal("kpi_value");
            int students = rs.getInt("n");
            if (students < limits.minimumStudents()) {
                return;
            }
            String school = names.school(rs.getString("school_id"));
            String reads = school + ": attendance for " + MONTH.format(month) + " reads " + percent(rate) + " over "
                    + students + " students";
            if (rate.compareTo(limits.attendanceRateHigh()) >= 0) {
                warnings.add(new DataWarning(Check.SCHOOL_ATTENDANCE_HIGH, school, reads + ". Check the school's "
                        + "attendance file for a status column read as the wrong thing or absences left out."));
            }
            else if (rate.compareTo(limits.attendanceRateLow()) < 0) {
                warnings.add(new DataWarning(Check.SCHOOL_ATTENDANCE_LOW, school, reads + ", below "
                        + percent(limits.attendanceRateLow()) + ". Check the school's attendance file: days present "
                        + "and days enrolled (or absent) in the right columns, and what each attendance code means."));
            }
        });
    }

    private Set<String> schoolsWithAttendance(YearMonth month) {
        return new TreeSet<>(jdbc.sql(sql.get("schools-with-attendance")).param("monthStart", month.atDay(1))
                .param("monthEnd", month.atEndOfMonth()).query(String.class).list());
    }

    /** Only in a month some school sent attendance for: in the summer none does, and that is no warning. */
    private void attendanceStopped(YearMonth month, Set<String> sentThisMonth, Names names,
            List<DataWarning> warnings) {
        if (sentThisMonth.isEmpty()) {
            return;
        }
        YearMonth previous = month.minusMonths(1);
        for (String schoolId : schoolsWithAttendance(previous)) {
            if (!sentThisMonth.contains(schoolId)) {
                String school = names.school(schoolId);
                warnings.add(new DataWarning(Check.ATTENDANCE_STOPPED, school, school + " sent attendance for "
                        + MONTH.format(previous) + " but none for " + MONTH.format(month) + ", while other schools "
                        + "did. Ask the school for its " + MONTH.format(month) + " file, or check whether its file "
                        + "was held back or not recognised."));
            }
        }
    }

    private void attendanceWithoutFigure(YearMonth month, Set<String> sentThisMonth, List<DataWarning> warnings) {
        if (!sentThisMonth.isEmpty() && students(month, Window.MONTH, KpiValue.DISTRICT, KpiValue.ATTENDANCE_RATE)
                .getOrDefault(KpiValue.DISTRICT_ID, 0) == 0) {
            warnings.add(new DataWarning(Check.ATTENDANCE_WITHOUT_FIGURE, "attendance", "Attendance for "
                    + MONTH.format(month) + " was loaded from " + sentThisMonth.size() + " school(s) but gives no "
                    + "attendance rate for the month. Check that its students are on a roster in use and that its "
                    + "days enrolled are filled in."));
        }
    }

    /** Skipped at once when no mark of the year lies off the scale: then no mean of them can. */
    private void gpaOffScale(String schoolYear, Names names, List<DataWarning> warnings) {
        boolean anyOff = jdbc.sql(sql.get("any-mark-off-scale")).param("schoolYear", schoolYear)
                .param("lowest", limits.gpaLowest()).param("highest", limits.gpaHighest())
                .query(Long.class).single() > 0;
        if (!anyOff) {
            return;
        }
        jdbc.sql(sql.get("term-gpa-off-scale")).param("schoolYear", schoolYear)
                .param("lowest", limits.gpaLowest()).param("highest", limits.gpaHighest()).query(rs -> {
                    String school = names.school(rs.getString("school_id"));
                    warnings.add(new DataWarning(Check.GPA_OFF_SCALE, school, school + ": " + rs.getInt("students")
                            + " student(s) have a " + rs.getString("term") + " " + schoolYear + " GPA outside the "
                            + "grade scale (" + limits.gpaLowest().toPlainString() + " to "
                            + limits.gpaHighest().toPlainString() + "). Check the grade scale (village.ingest."
                            + "grade-letters) and the school's marks file; for a weighted scale, raise "
                            + "village.plausibility.gpa-highest."));
                });
    }

    /**
     * Marks of terms ended by the month's end, or whose end is not known, count toward the year to date's GPA
     * ({@link TermCalendar}); if there are any and the district has no GPA, they counted for nothing.
     */
    private void marksWithoutGpa(YearMonth month, String schoolYear, List<DataWarning> warnings) {
        TermCalendar calendar = TermCalendar.ofSchoolYear(jdbc, kpi, schoolYear);
        Set<String> counting = new TreeSet<>();
        jdbc.sql(sql.get("year-mark-terms")).param("schoolYear", schoolYear).query(rs -> {
            String term = rs.getString("term");
            Optional<LocalDate> end = calendar.end(term, rs.getString("school_id"),
                    rs.getObject("date_stored", LocalDate.class), schoolYear);
            if (end.isEmpty() || !end.get().isAfter(month.atEndOfMonth())) {
                counting.add(term);
            }
        });
        if (!counting.isEmpty() && students(month, Window.YEAR_TO_DATE, KpiValue.DISTRICT, "gpa")
                .getOrDefault(KpiValue.DISTRICT_ID, 0) == 0) {
            warnings.add(new DataWarning(Check.MARKS_WITHOUT_GPA, "course marks", "Course marks of " + schoolYear
                    + " (terms " + String.join(", ", counting) + ") are loaded but give no GPA for "
                    + MONTH.format(month) + ". Check that their students are on a roster in use."));
        }
    }

    private void marksWithoutSchoolYear(List<DataWarning> warnings) {
        jdbc.sql(sql.get("marks-without-school-year")).query(rs -> {
            String sheet = sheet(rs.getString("file_name"), rs.getString("sheet_name"));
            String about = subject(rs.getString("file_name"), rs.getString("sheet_name"));
            warnings.add(new DataWarning(Check.MARKS_WITHOUT_SCHOOL_YEAR, about, sheet + ": " + rs.getLong("marks")
                    + " course mark(s) have no school year, so they count toward no GPA. Send the file again with "
                    + "a School Year column (e.g. 2026-27)."));
        });
    }

    /** Sessions that give their partnership no students served, and sessions with no hours at all. */
    private void sessions(YearMonth month, Names names, List<DataWarning> warnings) {
        Map<String, Sessions> byPartnership = new LinkedHashMap<>();
        LocalDate yearStart = LocalDate.of(Integer.parseInt(
                Window.schoolYear(month.atDay(1), kpi.schoolYearStartMonth()).substring(0, 4)),
                kpi.schoolYearStartMonth(), 1);
        jdbc.sql(sql.get("year-sessions-by-file")).param("yearStart", yearStart)
                .param("throughDate", month.atEndOfMonth()).query(rs -> {
                    Sessions sessions = byPartnership.computeIfAbsent(rs.getString("partnership_id"),
                            id -> new Sessions());
                    sessions.files.add(rs.getString("file_name"));
                    sessions.count += rs.getLong("sessions");
                    sessions.hours = sessions.hours.add(rs.getBigDecimal("hours"));
                });
        Map<String, Integer> served = students(month, Window.YEAR_TO_DATE, KpiValue.PARTNERSHIP, "students_served");
        byPartnership.forEach((id, sessions) -> {
            String partner = names.partnership(id);
            if (served.getOrDefault(id, 0) == 0) {
                warnings.add(new DataWarning(Check.PARTICIPATION_WITHOUT_FIGURE, partner, partner + ": "
                        + sessions.count + " session(s) this school year are loaded (" + files(sessions.files)
                        + ") but give it no students served. Check the partnership's start and end dates in the "
                        + "registry against the session dates."));
            }
            else if (sessions.hours.signum() == 0) {
                warnings.add(new DataWarning(Check.SESSIONS_WITHOUT_HOURS, partner, partner + ": "
                        + sessions.count + " session(s) this school year but no hours in any of them, so its "
                        + "dosage and retention read 0. Check the hours column of " + files(sessions.files)
                        + " (village.ingest.headers.hours)."));
            }
        });
    }

    /** Each figure behind a story page that the page qualifies or leaves off ({@link StoryFigures}). */
    private void stories(YearMonth month, Names names, List<DataWarning> warnings) {
        Map<String, LocalDate> stories = new LinkedHashMap<>();
        jdbc.sql(sql.get("consented-stories")).param("throughDate", month.atEndOfMonth()).query(rs -> {
            stories.put(rs.getString("partnership_id"), rs.getObject("story_date", LocalDate.class));
        });
        if (stories.isEmpty()) {
            return;
        }
        Map<String, KpiValue> figures = new HashMap<>();
        jdbc.sql(sql.get("story-figures")).param("reportMonth", month.toString()).param("kpis", StoryFigures.FIGURES)
                .query(rs -> {
                    String partnership = rs.getString("scope_id");
                    String kpiName = rs.getString("kpi");
                    figures.put(partnership + "|" + kpiName, new KpiValue(month.toString(),
                            Window.YEAR_TO_DATE.name(), KpiValue.PARTNERSHIP, partnership, KpiValue.ALL_STUDENTS,
                            kpiName, rs.getBigDecimal("kpi_value"), null, null, rs.getInt("n"),
                            rs.getBoolean("suppressed"), null, rs.getBigDecimal("lower_bound"),
                            rs.getBigDecimal("upper_bound")));
                });
        stories.forEach((id, date) -> {
            String partner = names.partnership(id);
            for (String figure : StoryFigures.FIGURES) {
                StoryFigures.Judgement judgement = StoryFigures.judge(figures.get(id + "|" + figure));
                if (judgement.why() != null) {
                    warnings.add(new DataWarning(Check.STORY_NOT_SUPPORTED, partner, "For the communications "
                            + "office: the success story of " + partner + " (dated " + DAY.format(date) + "): "
                            + judgement.why() + "."));
                }
            }
        });
    }

    private static final class Sessions {
        final List<String> files = new ArrayList<>();
        long count;
        BigDecimal hours = BigDecimal.ZERO;
    }

    /** Students behind a figure of the month by scope id, suppressed or not; a figure not made is absent. */
    private Map<String, Integer> students(YearMonth month, Window window, String scope, String kpiName) {
        Map<String, Integer> students = new HashMap<>();
        jdbc.sql(sql.get("figure-students")).param("reportMonth", month.toString())
                .param("periodKind", window.name()).param("scope", scope).param("kpi", kpiName)
                .query(rs -> {
                    students.put(rs.getString("scope_id"), rs.getInt("n"));
                });
        return students;
    }

    private static String files(List<String> files) {
        return files.size() <= 3 ? String.join(", ", files)
                : String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " other file(s)";
    }

    private static String sheet(String file, String sheet) {
        return sheet == null || sheet.isEmpty() ? file : file + ", sheet '" + sheet + "'";
    }

    /** A sheet as a report names it, in words of no language: {@code marks.xlsx (Q1)}. */
    private static String subject(String file, String sheet) {
        return sheet == null || sheet.isEmpty() ? file : file + " (" + sheet + ")";
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private Names names() {
        Map<String, String> schools = new HashMap<>();
        Map<String, String> partnerships = new HashMap<>();
        jdbc.sql(sql.get("names")).query(rs -> {
            ("SCHOOL".equals(rs.getString("kind")) ? schools : partnerships)
                    .put(rs.getString("id"), rs.getString("name"));
        });
        return new Names(schools, partnerships);
    }

    private record Names(Map<String, String> schools, Map<String, String> partnerships) {

        String school(String id) {
            String name = schools.get(id);
            return name == null ? "School " + id : name + " (" + id + ")";
        }

        String partnership(String id) {
            String name = partnerships.get(id);
            return name == null ? "Partnership " + id : name + " (" + id + ")";
        }
    }
}
