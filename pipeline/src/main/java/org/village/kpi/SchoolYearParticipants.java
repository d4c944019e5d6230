package org.village.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * The partnerships that served each student from the start of the month's school year to the end of the month. One
 * per run of the job (job-scoped), read by the first step that asks: the attendance and GPA figures of every
 * partnership's participants both need them.
 */
class SchoolYearParticipants {

    private final YearMonth month;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private Map<String, Set<String>> partnershipsByStudent;

    SchoolYearParticipants(YearMonth month, KpiProperties properties, JdbcClient jdbc, NamedQueries sql) {
        this.month = month;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Public so that the job scope's proxy passes the call on. */
    public synchronized Map<String, Set<String>> partnershipsByStudent() {
        if (partnershipsByStudent == null) {
            LocalDate yearStart = Window.YEAR_TO_DATE.from(month, properties.schoolYearStartMonth());
            partnershipsByStudent = Participants.load(jdbc, sql, yearStart, month.atEndOfMonth())
                    .partnershipsByStudent();
        }
        return partnershipsByStudent;
    }
}
