package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * What more than one KPI step of a run reads from the loaded tables: each read by the first step that asks, after
 * ingest, then shared. One per run of the job (job-scoped, so a restarted run reads them afresh): the tables do not
 * change between the KPI steps, and each of these reads took every step that made it one to three seconds at
 * 150,000 students. The methods are public so that the job scope's proxy passes the calls on.
 */
class MonthInputs {

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private Map<String, StudentProfile> profiles;
    private Map<String, Set<String>> partnershipsByStudent;
    private Map<String, List<AttendanceTotals.SchoolDays>> attendance;
    private SchoolYearMarks marks;

    MonthInputs(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Every rostered student's subgroups ({@link StudentProfiles}), by student. */
    public synchronized Map<String, StudentProfile> profiles() {
        if (profiles == null) {
            profiles = StudentProfiles.load(jdbc, sql);
        }
        return profiles;
    }

    /** The partnerships that served each student from the start of the school year to the end of the month. */
    public synchronized Map<String, Set<String>> partnershipsByStudent() {
        if (partnershipsByStudent == null) {
            partnershipsByStudent = Participants.load(jdbc, sql, yearStart(), month.atEndOfMonth())
                    .partnershipsByStudent();
        }
        return partnershipsByStudent;
    }

    /** Each student's days at each school in the school year to date and in the month ({@link AttendanceTotals}). */
    public synchronized Map<String, List<AttendanceTotals.SchoolDays>> attendance() {
        if (attendance == null) {
            attendance = AttendanceTotals.read(jdbc, sql, yearStart(), month, properties.tardyCountsAsPresent(),
                    properties.suspensionCountsAsAbsence());
        }
        return attendance;
    }

    /** The school year's marks that count toward GPA, by student ({@link SchoolYearMarks}). */
    public synchronized SchoolYearMarks marks() {
        if (marks == null) {
            marks = SchoolYearMarks.read(jdbc, sql, month, properties);
        }
        return marks;
    }

    private LocalDate yearStart() {
        return Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
    }
}
