package org.village.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Participation figures for one window (product brief §2): per partnership the students served, the participation
 * rate (served / students enrolled at the schools it serves), dosage (mean hours and sessions per participant),
 * retention (share of participants reaching the partnership's minimum dosage) and volunteer hours; the students it
 * served at each school, each at their school of the year ({@link SchoolsOfRecord}), for the schools' dashboards: 0 at
 * a school it serves where nobody took part, which is a figure too; for the district, students served by any
 * partnership and all volunteer hours.
 */
class ParticipationKpiTasklet implements Tasklet {

    static final String STUDENTS_SERVED = "students_served";
    static final String PARTICIPATION_RATE = "participation_rate";
    static final String DOSAGE_HOURS = "dosage_hours";
    static final String DOSAGE_SESSIONS = "dosage_sessions";
    static final String RETENTION = "retention";
    static final String VOLUNTEER_HOURS = "volunteer_hours";

    private final YearMonth month;
    private final Window window;
    private final KpiProperties properties;
    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final MonthInputs inputs;
    private final KpiWriter writer;

    ParticipationKpiTasklet(YearMonth month, Window window, KpiProperties properties, JdbcClient jdbc,
            NamedQueries sql, MonthInputs inputs, KpiWriter writer) {
        this.month = month;
        this.window = window;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
        this.inputs = inputs;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var from = window.from(month, properties.schoolYearStartMonth());
        var through = window.through(month);
        ParticipationTotals participation = inputs.participation();
        Map<String, List<String>> schoolsServed = schoolsServed();
        Map<String, Integer> enrolled = enrolledAtTheSchoolsServed(schoolsServed);
        SchoolsOfRecord schoolsOfRecord = inputs.schoolsOfRecord();
        List<KpiValue> values = new ArrayList<>();
        jdbc.sql(sql.get("partnerships-in-window")).param("fromDate", from).param("throughDate", through)
                .query(rs -> {
                    String id = rs.getString("partnership_id");
                    BigDecimal minimumDosage = rs.getBigDecimal("minimum_dosage_hours");
                    int served = 0;
                    long sessions = 0;
                    BigDecimal hours = BigDecimal.ZERO;
                    int retained = 0;
                    Map<String, Integer> servedAt = new TreeMap<>();
                    schoolsServed.getOrDefault(id, List.of()).forEach(school -> servedAt.put(school, 0));
                    for (Map.Entry<String, ParticipationTotals.Participant> entry
                            : participation.participants(id).entrySet()) {
                        ParticipationTotals.Participant participant = entry.getValue();
                        if (!participant.servedIn(window)) {
                            continue;
                        }
                        String school = schoolsOfRecord.of(entry.getKey());
                        if (school != null) {
                            servedAt.merge(school, 1, Integer::sum);
                        }
                        BigDecimal own = participant.hours(window);
                        served++;
                        sessions += participant.sessions(window);
                        hours = own == null ? hours : hours.add(own);
                        if (minimumDosage != null && own != null && own.compareTo(minimumDosage) >= 0) {
                            retained++;
                        }
                    }
                    values.add(value(KpiValue.PARTNERSHIP, id, STUDENTS_SERVED, BigDecimal.valueOf(served), null,
                            served));
                    servedAt.forEach((school, students) -> values.add(new KpiValue(month.toString(), window.name(),
                            KpiValue.PARTNERSHIP, id, KpiValue.atSchool(school), STUDENTS_SERVED,
                            BigDecimal.valueOf(students), BigDecimal.valueOf(students), null, students, false, null,
                            null, null)));
                    values.add(value(KpiValue.PARTNERSHIP, id, PARTICIPATION_RATE, BigDecimal.valueOf(served),
                            BigDecimal.valueOf(enrolled.getOrDefault(id, 0)), served));
                    values.add(value(KpiValue.PARTNERSHIP, id, DOSAGE_HOURS, hours, BigDecimal.valueOf(served),
                            served));
                    values.add(value(KpiValue.PARTNERSHIP, id, DOSAGE_SESSIONS, BigDecimal.valueOf(sessions),
                            BigDecimal.valueOf(served), served));
                    if (minimumDosage != null) {
                        values.add(value(KpiValue.PARTNERSHIP, id, RETENTION, BigDecimal.valueOf(retained),
                                BigDecimal.valueOf(served), served));
                    }
                });
        BigDecimal districtHours = BigDecimal.ZERO;
        for (var row : jdbc.sql(sql.get("volunteer-hours"))
                .param("fromMonth", YearMonth.from(from).toString()).param("throughMonth", month.toString())
                .query().listOfRows()) {
            BigDecimal hours = (BigDecimal) row.get("hours");
            districtHours = districtHours.add(hours);
            values.add(value(KpiValue.PARTNERSHIP, (String) row.get("partnership_id"), VOLUNTEER_HOURS, hours, null,
                    ((Number) row.get("volunteers")).intValue()));
        }
        values.add(value(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, VOLUNTEER_HOURS, districtHours, null, 0));
        int districtServed = participation.served(window).size();
        values.add(value(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, STUDENTS_SERVED, BigDecimal.valueOf(districtServed),
                null, districtServed));
        writer.replace(month, values);
        contribution.incrementWriteCount(values.size());
        return RepeatStatus.FINISHED;
    }

    /** The schools each partnership serves, from the registry. */
    private Map<String, List<String>> schoolsServed() {
        Map<String, List<String>> schools = new HashMap<>();
        jdbc.sql(sql.get("partnership-schools")).query(rs -> {
            schools.computeIfAbsent(rs.getString("partnership_id"), p -> new ArrayList<>())
                    .add(rs.getString("school_id"));
        });
        return schools;
    }

    /**
     * Per partnership, the students with attendance in the window at any of the schools it serves, each counted
     * once.
     */
    private Map<String, Integer> enrolledAtTheSchoolsServed(Map<String, List<String>> schoolsServed) {
        Map<String, List<String>> partnershipsBySchool = new HashMap<>();
        schoolsServed.forEach((partnership, schools) -> schools.forEach(school -> partnershipsBySchool
                .computeIfAbsent(school, s -> new ArrayList<>()).add(partnership)));
        Map<String, Set<String>> students = new HashMap<>();
        inputs.attendance().forEach((student, schools) -> {
            for (AttendanceTotals.SchoolDays school : schools) {
                if (window == Window.YEAR_TO_DATE || school.inMonth) {
                    for (String partnership : partnershipsBySchool.getOrDefault(school.schoolId, List.of())) {
                        students.computeIfAbsent(partnership, p -> new HashSet<>()).add(student);
                    }
                }
            }
        });
        Map<String, Integer> enrolled = new HashMap<>();
        students.forEach((partnership, ids) -> enrolled.put(partnership, ids.size()));
        return enrolled;
    }

    private KpiValue value(String scope, String scopeId, String kpi, BigDecimal numerator, BigDecimal denominator,
            int n) {
        return new KpiValue(month.toString(), window.name(), scope, scopeId, KpiValue.ALL_STUDENTS, kpi,
                KpiValue.ratio(numerator, denominator), numerator, denominator, n, false, null, null, null);
    }
}
