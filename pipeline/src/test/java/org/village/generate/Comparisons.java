package org.village.generate;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.village.generate.DistrictFiles.Mark;
import org.village.generate.DistrictFiles.StudentMonth;

/**
 * The figures the reports compute (product brief §2), from a district read back from its files: attendance rates,
 * chronic absence, GPAs, and a partnership's difference in differences against the students of its schools in no
 * partnership.
 */
final class Comparisons {

    /** A group's mean change from the baseline to the current period and the group's size. */
    record Change(double mean, int n) {
    }

    private final DistrictFiles district;
    private final Set<String> inAnyPartnership = new TreeSet<>();

    Comparisons(DistrictFiles district) {
        this.district = district;
        district.participants.values().forEach(inAnyPartnership::addAll);
    }

    double attendanceRate(Predicate<StudentMonth> months) {
        long enrolled = 0;
        long present = 0;
        for (StudentMonth month : district.attendance) {
            if (months.test(month)) {
                enrolled += month.enrolled();
                present += month.present();
            }
        }
        return (double) present / enrolled;
    }

    /** Of students enrolled 10 days or more in the months chosen, the share who missed 10% or more of them. */
    double chronicShare(Predicate<StudentMonth> months, Predicate<String> students) {
        Map<String, int[]> days = days(months);
        long counted = 0;
        long chronic = 0;
        for (Map.Entry<String, int[]> student : days.entrySet()) {
            int[] d = student.getValue();
            if (d[0] >= 10 && students.test(student.getKey())) {
                counted++;
                chronic += (d[0] - d[1]) * 10 >= d[0] ? 1 : 0;
            }
        }
        return (double) chronic / counted;
    }

    /** Enrolled and present days by student over the months chosen. */
    Map<String, int[]> days(Predicate<StudentMonth> months) {
        Map<String, int[]> days = new TreeMap<>();
        for (StudentMonth month : district.attendance) {
            if (months.test(month)) {
                int[] d = days.computeIfAbsent(month.studentId(), id -> new int[2]);
                d[0] += month.enrolled();
                d[1] += month.present();
            }
        }
        return days;
    }

    /** Students at the schools in the months chosen who are in no partnership's files. */
    Set<String> comparison(Set<String> schools, Predicate<StudentMonth> months) {
        Set<String> students = new TreeSet<>();
        for (StudentMonth month : district.attendance) {
            if (months.test(month) && schools.contains(month.schoolId())
                    && !inAnyPartnership.contains(month.studentId())) {
                students.add(month.studentId());
            }
        }
        return students;
    }

    /** Mean change in attendance rate, in points, of students with 10 or more days in both periods. */
    Change attendanceChange(Set<String> students, Predicate<StudentMonth> baseline, Predicate<StudentMonth> current) {
        Map<String, int[]> before = days(baseline);
        Map<String, int[]> after = days(current);
        double sum = 0;
        int n = 0;
        for (String id : students) {
            int[] b = before.get(id);
            int[] a = after.get(id);
            if (b != null && a != null && b[0] >= 10 && a[0] >= 10) {
                sum += 100.0 * a[1] / a[0] - 100.0 * b[1] / b[0];
                n++;
            }
        }
        return new Change(sum / n, n);
    }

    /** Absent days over enrolled days of a group in the months chosen. */
    double absenceRate(Set<String> students, Predicate<StudentMonth> months) {
        return 1 - attendanceRate(months.and(month -> students.contains(month.studentId())));
    }

    /** Each student's GPA over the quarter marks chosen: credit-weighted grade points, no-credit courses left out. */
    Map<String, Double> gpas(Predicate<Mark> marks) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Mark mark : district.marks) {
            if (marks.test(mark) && mark.term().startsWith("Q") && mark.credits() > 0) {
                double[] s = sums.computeIfAbsent(mark.studentId(), id -> new double[2]);
                s[0] += mark.points() * mark.credits();
                s[1] += mark.credits();
            }
        }
        Map<String, Double> gpas = new TreeMap<>();
        sums.forEach((id, s) -> gpas.put(id, s[0] / s[1]));
        return gpas;
    }

    Change gpaChange(Set<String> students, String baselineYear, String currentYear) {
        Map<String, Double> before = gpas(mark -> mark.schoolYear().equals(baselineYear));
        Map<String, Double> after = gpas(mark -> mark.schoolYear().equals(currentYear));
        double sum = 0;
        int n = 0;
        for (String id : students) {
            if (before.containsKey(id) && after.containsKey(id)) {
                sum += after.get(id) - before.get(id);
                n++;
            }
        }
        return new Change(sum / n, n);
    }

    static Predicate<StudentMonth> between(YearMonth first, YearMonth last) {
        return month -> !month.month().isBefore(first) && !month.month().isAfter(last);
    }
}
