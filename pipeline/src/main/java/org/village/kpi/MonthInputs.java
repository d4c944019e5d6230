package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * What more than one KPI step of a run reads from the loaded tables: each read by the first step that asks, after
 * ingest, then shared. One per run of the job (job-scoped, so a restarted run reads them afresh): the tables do not
 * change between the KPI steps, and each of these reads took every step that made it one to three seconds at
 * 150,000 students. Safe to share between the steps the job runs side by side. The methods are public so that the job
 * scope's proxy passes the calls on.
 */
class MonthInputs {

    private final Once<Map<String, StudentProfile>> profiles;
    private final Once<ParticipationTotals> participation;
    private final Once<Map<String, List<AttendanceTotals.SchoolDays>>> attendance;
    private final Once<SchoolYearMarks> marks;
    private final Once<SchoolsOfRecord> schools;

    MonthInputs(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql) {
        LocalDate yearStart = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
        profiles = new Once<>(() -> StudentProfiles.load(jdbc, sql));
        participation = new Once<>(() -> ParticipationTotals.read(jdbc, sql, yearStart, month));
        attendance = new Once<>(() -> AttendanceTotals.read(jdbc, sql, yearStart, month,
                properties.tardyCountsAsPresent(), properties.suspensionCountsAsAbsence()));
        marks = new Once<>(() -> SchoolYearMarks.read(jdbc, sql, month, properties));
        schools = new Once<>(() -> SchoolsOfRecord.of(attendance()));
    }

    /** Every rostered student's subgroups ({@link StudentProfiles}), by student. */
    public Map<String, StudentProfile> profiles() {
        return profiles.get();
    }

    /** The school year's sessions to the end of the month, by partnership and student. */
    public ParticipationTotals participation() {
        return participation.get();
    }

    /** Each student's days at each school in the school year to date and in the month ({@link AttendanceTotals}). */
    public Map<String, List<AttendanceTotals.SchoolDays>> attendance() {
        return attendance.get();
    }

    /** Each student's school this school year, from their attendance ({@link SchoolsOfRecord}). */
    public SchoolsOfRecord schoolsOfRecord() {
        return schools.get();
    }

    /** The school year's marks that count toward GPA, by student ({@link SchoolYearMarks}). */
    public SchoolYearMarks marks() {
        return marks.get();
    }

    /**
     * One input, read by the first caller; a lock apiece, so that the steps running side by side read different
     * inputs at the same time and wait only for the one they both need.
     */
    private static final class Once<T> {

        private final Supplier<T> read;
        private T value;

        Once(Supplier<T> read) {
            this.read = read;
        }

        synchronized T get() {
            if (value == null) {
                value = read.get();
            }
            return value;
        }
    }
}
