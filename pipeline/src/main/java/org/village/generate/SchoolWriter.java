package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one school's files for one school year: attendance for every month with school days up to the last month
 * written (a summary or daily records, as the school sends them), then course marks for every term ended by then.
 * Attendance is simulated a month at a time and tallied for the ground truth as it is written. Where the district
 * exports Ed-Fi JSON Lines, daily records and marks go to its Ed-Fi files instead of a file per month or term.
 */
final class SchoolWriter {

    private final Path root;
    private final AttendanceSimulator simulator;
    private final MarkModel marks;
    private final Participation participation;
    private final PlantedDefects defects;
    private final GroundTruth truth;
    private final DistrictGenerator.Counts counts;
    private final Optional<EdFiExport> edFi;

    SchoolWriter(Path root, AttendanceSimulator simulator, MarkModel marks, Participation participation,
            PlantedDefects defects, GroundTruth truth, DistrictGenerator.Counts counts, Optional<EdFiExport> edFi) {
        this.root = root;
        this.simulator = simulator;
        this.marks = marks;
        this.participation = participation;
        this.defects = defects;
        this.truth = truth;
        this.counts = counts;
        this.edFi = edFi;
    }

    void write(School school, Roster roster, SchoolCalendar calendar, YearMonth lastMonth) throws IOException {
        List<Enrollment> enrollments = roster.at(school);
        AttendanceTally tally = truth.tally(calendar.year());
        for (YearMonth month = YearMonth.from(calendar.year().firstDay()); !month.isAfter(lastMonth);
                month = month.plusMonths(1)) {
            if (calendar.daysIn(month).isEmpty()) {
                continue;
            }
            List<StudentMonth> students = new ArrayList<>(enrollments.size());
            long enrolled = 0;
            long present = 0;
            for (Enrollment e : enrollments) {
                StudentMonth days = simulator.month(e, calendar, month, participation.exposure(e.student()))
                        .orElse(null);
                if (days != null) {
                    students.add(days);
                    tally.add(days);
                    enrolled += days.daysEnrolled();
                    present += days.daysPresent();
                }
            }
            tally.addMonth(month, enrolled, present);
            if (edFi.isPresent() && school.sendsDailyRecords()) {
                counts.attendanceRows(edFi.get().attendance(school, calendar.year(), students,
                        defects.inAttendance(school, month), truth));
            } else {
                counts.attendance(writeAttendance(school, month, students));
            }
        }
        for (Term term : Terms.sentBy(school.level(), calendar)) {
            if (term.end().isAfter(lastMonth.atEndOfMonth())) {
                continue;
            }
            if (edFi.isPresent()) {
                counts.files(0, edFi.get().marks(school, term, enrollments, marks, participation));
            } else {
                String relative = "grades/" + term.year().label() + "/" + school.id() + "-grades-"
                        + term.year().label() + "-" + term.code() + "." + school.marks().format().extension();
                counts.files(1, MarksFile.write(root, relative, school, term, enrollments, marks, participation));
            }
        }
    }

    private long writeAttendance(School school, YearMonth month, List<StudentMonth> students) throws IOException {
        var defect = defects.inAttendance(school, month);
        String extension = school.attendance().format().extension();
        if (school.attendance() instanceof DailyAttendanceLayout) {
            String relative = "attendance/" + month + "/" + school.id() + "-daily-attendance-" + month + "."
                    + extension;
            return DailyAttendanceFile.write(root, relative, school, month, students, defect, truth);
        }
        String relative = "attendance/" + month + "/" + school.id() + "-attendance-" + month + "." + extension;
        AttendanceSummaryFile.write(root, relative, school, month, students, defect, truth);
        return students.size() + (defect.isPresent() && defect.get() == PlantedDefects.Kind.UNKNOWN_STUDENT ? 1 : 0);
    }
}
