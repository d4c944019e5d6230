package org.village.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GPA for every scope and subgroup (product brief §2): a student's GPA is the credit-weighted mean of their grade
 * points on the 4.0 scale over the marks of the window's terms (those that ended in the month, or in the school year
 * so far); a scope's GPA is the mean over its students; and the share of students below 2.0. School figures use
 * the student's marks at that school; district and partnership figures all the student's marks. Rows arrive in
 * student order, as for attendance.
 */
final class GpaKpis {

    static final String GPA = "gpa";
    static final String GPA_BELOW_2 = "gpa_below_2";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final class Cell {
        int students;
        BigDecimal gpaSum = BigDecimal.ZERO;
        int below2;
    }

    private final String reportMonth;
    private final Window window;
    private final Map<String, StudentProfile> profiles;
    private final Map<String, Set<String>> partnershipsByStudent;
    private final SubgroupCells<Cell> cells = new SubgroupCells<>(Cell::new);
    private String currentStudent;
    private BigDecimal studentPoints = BigDecimal.ZERO;
    private BigDecimal studentCredits = BigDecimal.ZERO;

    GpaKpis(String reportMonth, Window window, Map<String, StudentProfile> profiles,
            Map<String, Set<String>> partnershipsByStudent) {
        this.reportMonth = reportMonth;
        this.window = window;
        this.profiles = profiles;
        this.partnershipsByStudent = partnershipsByStudent;
    }

    void accept(String studentId, String schoolId, BigDecimal points, BigDecimal credits) {
        if (!studentId.equals(currentStudent)) {
            flush();
            currentStudent = studentId;
        }
        add(KpiValue.SCHOOL, schoolId, studentId, points.divide(credits, KpiValue.PRECISION));
        studentPoints = studentPoints.add(points);
        studentCredits = studentCredits.add(credits);
    }

    List<KpiValue> finish() {
        flush();
        List<KpiValue> values = new ArrayList<>();
        cells.cells().forEach((key, cell) -> {
            values.add(value(key, GPA, cell.gpaSum, BigDecimal.valueOf(cell.students), cell.students));
            values.add(value(key, GPA_BELOW_2, BigDecimal.valueOf(cell.below2), BigDecimal.valueOf(cell.students),
                    cell.students));
        });
        return values;
    }

    private void flush() {
        if (currentStudent == null) {
            return;
        }
        BigDecimal gpa = studentPoints.divide(studentCredits, KpiValue.PRECISION);
        add(KpiValue.DISTRICT, KpiValue.DISTRICT_ID, currentStudent, gpa);
        for (String partnership : partnershipsByStudent.getOrDefault(currentStudent, Set.of())) {
            add(KpiValue.PARTNERSHIP, partnership, currentStudent, gpa);
        }
        studentPoints = BigDecimal.ZERO;
        studentCredits = BigDecimal.ZERO;
        currentStudent = null;
    }

    private void add(String scope, String scopeId, String studentId, BigDecimal gpa) {
        boolean below2 = gpa.compareTo(TWO) < 0;
        cells.forEach(scope, scopeId, profiles.getOrDefault(studentId, StudentProfile.UNKNOWN), cell -> {
            cell.students++;
            cell.gpaSum = cell.gpaSum.add(gpa);
            if (below2) {
                cell.below2++;
            }
        });
    }

    private KpiValue value(SubgroupCells.Key key, String kpi, BigDecimal numerator, BigDecimal denominator, int n) {
        return new KpiValue(reportMonth, window.name(), key.scope(), key.scopeId(), key.subgroup(), kpi,
                KpiValue.ratio(numerator, denominator), numerator, denominator,
                n, false, null, null, null);
    }
}
