package org.village.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code truth.json}, next to the data: the arguments the files were generated from, the schools and how each sends
 * its files, each school year's attendance as simulated, each partnership's planted effects and participants, the
 * months partners did not send, and every row planted wrong. Keys are in a fixed order, so the same arguments give
 * the same bytes. {@code sample-data/README.md} documents every field.
 */
final class TruthFile {

    static final String FILE = "truth.json";

    private TruthFile() {
    }

    static void write(Path root, String command, GeneratorArguments arguments, District district,
            List<Partnership> partnerships, Participation participation, PartnerMonths partnerMonths,
            GroundTruth truth) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generator", "village generate");
        json.put("command", command);
        json.put("arguments", arguments(arguments));
        json.put("baseline_year", arguments.baselineYear().label());
        json.put("current_year", arguments.currentYear().label());
        json.put("schools", schools(district));
        List<Object> attendance = new ArrayList<>();
        for (AttendanceTally tally : truth.tallies()) {
            attendance.add(attendance(tally, arguments.through()));
        }
        json.put("attendance", attendance);
        List<Object> list = new ArrayList<>();
        for (Partnership p : partnerships) {
            list.add(partnership(p, participation.of(p), partnerMonths));
        }
        json.put("partnerships", list);
        List<Object> planted = new ArrayList<>();
        for (PlantedRow row : truth.planted()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", row.file());
            r.put("sheet", row.sheet());
            r.put("row", row.row());
            r.put("column", row.column());
            r.put("value", row.value());
            r.put("problem", row.problem());
            planted.add(r);
        }
        json.put("planted_rows", planted);
        Files.writeString(root.resolve(FILE), Json.write(json), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> arguments(GeneratorArguments arguments) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("students", arguments.students());
        map.put("schools", arguments.schools());
        map.put("daily_schools", arguments.dailySchools());
        map.put("seed", arguments.seed());
        map.put("through", arguments.through().toString());
        return map;
    }

    private static List<Object> schools(District district) {
        List<Object> list = new ArrayList<>();
        for (School school : district.schools()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", school.id());
            map.put("name", school.name());
            map.put("level", school.level().name());
            map.put("attendance", school.sendsDailyRecords() ? "daily" : "monthly summary");
            map.put("attendance_layout", school.attendance().style());
            map.put("marks_layout", school.marks().style());
            map.put("feeds_into", school.feedsInto());
            list.add(map);
        }
        return list;
    }

    private static Map<String, Object> attendance(AttendanceTally tally, YearMonth through) {
        YearMonth last = tally.year().lastMonth().isBefore(through) ? tally.year().lastMonth() : through;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("school_year", tally.year().label());
        map.put("through", last.toString());
        map.put("students_counted", tally.studentsCounted());
        map.put("chronically_absent", tally.chronicallyAbsent());
        map.put("chronic_absence_share", ratio(tally.chronicallyAbsent(), tally.studentsCounted()));
        map.put("days_enrolled", tally.daysEnrolled());
        map.put("days_present", tally.daysPresent());
        map.put("attendance_rate", ratio(tally.daysPresent(), tally.daysEnrolled()));
        Map<String, Object> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(tally.year().firstDay()); !m.isAfter(last); m = m.plusMonths(1)) {
            if (tally.daysEnrolled(m) > 0) {
                byMonth.put(m.toString(), ratio(tally.daysPresent(m), tally.daysEnrolled(m)));
            }
        }
        map.put("attendance_rate_by_month", byMonth);
        return map;
    }

    private static Map<String, Object> partnership(Partnership p, List<Participant> participants,
            PartnerMonths partnerMonths) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", p.id());
        map.put("partner", p.partnerName());
        map.put("type", p.type().label());
        map.put("schools", p.schools().stream().map(School::id).toList());
        map.put("start", p.start().toString());
        map.put("attendance_effect_points", p.attendanceEffect());
        map.put("gpa_effect_points", p.gpaEffect());
        map.put("minimum_dosage_hours", p.type().minimumDosageHours());
        map.put("partner_files", p.files().style());
        map.put("months_not_sent", partnerMonths.missed(p).stream().map(YearMonth::toString).toList());
        map.put("participants", participants.size());
        List<Object> list = new ArrayList<>();
        for (Participant participant : participants) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("student", participant.student().id());
            one.put("school", participant.enrollment().school().id());
            one.put("from", participant.from().toString());
            list.add(one);
        }
        map.put("participant_list", list);
        return map;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
