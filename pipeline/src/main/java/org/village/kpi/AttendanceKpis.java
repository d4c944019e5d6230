package org.village.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance figures for every scope (the district, each school, each partnership's participants) and every
 * subgroup, from per-student rows streamed in student order: memory holds one cell per scope and subgroup, never
 * the students. School figures use a student's days at that school; district and partnership figures use the
 * student's days summed over schools, so a student who moved counts once.
 */
final class AttendanceKpis {

    static final String STUDENTS_ENROLLED = KpiValue.STUDENTS_ENROLLED;
    static final String ATTENDANCE_RATE = KpiValue.ATTENDANCE_RATE;
    static final String AVERAGE_DAILY_ATTENDANCE = "average_daily_attendance";
    static final String CHRONIC_ABSENTEEISM = KpiValue.CHRONIC_ABSENTEEISM;
    static final List<String> BANDS = List.of("band_satisfactory", "band_at_risk", "band_moderate_chronic",
            "band_severe_chronic");

    private final String reportMonth;
    private final Window window;
    private final int minimumEnrolledDays;
    private final BigDecimal chronicThreshold;
    private final Map<String, Set<String>> partnershipsByStudent;
    private final SubgroupCells<AttendanceCell> cells = new SubgroupCells<>(AttendanceCell::new);

    private String currentStudent;
    private StudentProfile currentProfile;
    private BigDecimal studentEnrolled = BigDecimal.ZERO;
    private BigDecimal studentPresent = BigDecimal.ZERO;

    AttendanceKpis(String reportMonth, Window window, KpiProperties properties,
            Map<String, Set<String>> partnershipsByStudent) {
        this.reportMonth = reportMonth;
        this.window = window;
        this.minimumEnrolledDays = properties.minimumEnrolledDays();
        this.chronicThreshold = properties.chronicAbsenceThreshold();
        this.partnershipsByStudent = partnershipsByStudent;
    }

    /** Rows must arrive grouped by student. */
    void accept(StudentAttendance row) {
        if (!row.studentId().equals(currentStudent)) {
            flushStudent();
            currentStudent = row.studentId();
            currentProfile = row.profile();
        }
        add(KpiValue.SCHOOL, row.schoolId(), row.profile(), AttendanceCell.Student.of(row.enrolled(), row.present(),
                minimumEnrolledDays, chronicThreshold));
        studentEnrolled = studentEnrolled.add(row.enrolled());
        studentPresent = studentPresent.add(row.present());
    }

    List<KpiValue> finish() {
        flushStudent();
        List<KpiValue> values = new ArrayList<>();
        cells.cells().forEach((key, cell) -> values.addAll(figures(key, cell)));
        return values;
    }

    private void flushStudent() {
        if (currentStudent == null) {
            return;
        }
        AttendanceCell.Student student = AttendanceCell.Student.of(studentEnrolled, studentPresent,
                minimumEnrolledDays, chronicThreshold);
        add(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, currentProfile, student);
        for (String partnership : partnershipsByStudent.getOrDefault(currentStudent, Set.of())) {
            add(KpiValue.PARTNERSHIP, partnership, currentProfile, student);
        }
        studentEnrolled = BigDecimal.ZERO;
        studentPresent = BigDecimal.ZERO;
        currentStudent = null;
    }

    private void add(String scope, String scopeId, StudentProfile profile, AttendanceCell.Student student) {
        cells.forEach(scope, scopeId, profile, cell -> cell.add(student));
    }

    private List<KpiValue> figures(SubgroupCells.Key key, AttendanceCell cell) {
        List<KpiValue> figures = new ArrayList<>();
        figures.add(value(key, STUDENTS_ENROLLED, BigDecimal.valueOf(cell.students), null, cell.students));
        figures.add(value(key, ATTENDANCE_RATE, cell.present, cell.enrolled, cell.students));
        figures.add(value(key, AVERAGE_DAILY_ATTENDANCE, cell.present, cell.schoolDays, cell.students));
        figures.add(value(key, CHRONIC_ABSENTEEISM, BigDecimal.valueOf(cell.chronic),
                BigDecimal.valueOf(cell.eligible), cell.eligible));
        for (int band = 0; band < BANDS.size(); band++) {
            figures.add(value(key, BANDS.get(band), BigDecimal.valueOf(cell.bands[band]),
                    BigDecimal.valueOf(cell.eligible), cell.eligible));
        }
        return figures;
    }

    private KpiValue value(SubgroupCells.Key key, String kpi, BigDecimal numerator, BigDecimal denominator, int n) {
        return new KpiValue(reportMonth, window.name(), key.scope(), key.scopeId(), key.subgroup(), kpi,
                KpiValue.ratio(numerator, denominator), numerator, denominator, n, false, null, null, null);
    }
}
