package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code check-ins-<year>.xls}, the district's partnership check-ins for the current year to date, as an old-style
 * {@code .xls} workbook, the one file type the district still keeps in that format. Quarterly check-ins fall on the
 * last school day of September, December, March and June; monthly ones on the last school day of every month the
 * partnership runs. Partnerships that truly help are more often on track.
 */
final class CheckInsFile {

    static final String SHEET = "Check-ins";
    private static final Set<Month> QUARTER_ENDS = Set.of(Month.SEPTEMBER, Month.DECEMBER, Month.MARCH, Month.JUNE);

    private CheckInsFile() {
    }

    static String file(SchoolYear year) {
        return "check-ins-" + year.label() + ".xls";
    }

    private record CheckIn(String partnershipId, LocalDate date, String status, String notes) {
    }

    /** Returns the data rows written. */
    static int write(Path root, List<Partnership> partnerships, PartnerMonths months, SchoolCalendar calendar,
            YearMonth through, RandomStreams streams) throws IOException {
        List<CheckIn> checkIns = new ArrayList<>();
        for (Partnership p : partnerships) {
            for (YearMonth month : months.running(p)) {
                if (p.checkInCadence().equals(Partnership.MONTHLY) || QUARTER_ENDS.contains(month.getMonth())) {
                    LocalDate day = calendar.daysIn(month).last();
                    SplittableRandom random = streams.stream("check-in", p.id().hashCode(), day.toEpochDay());
                    String status = status(p, random.nextDouble());
                    checkIns.add(new CheckIn(p.id(), day, status, notes(status, p)));
                }
            }
        }
        checkIns.sort(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::partnershipId));
        try (TableFile file = FileFormat.XLS.create(root.resolve(file(calendar.year())),
                through.plusMonths(1).atDay(1))) {
            SheetRows out = file.sheet(SHEET);
            out.row().text("Partnership ID").text("Check-in Date").text("Status").text("Notes");
            for (CheckIn c : checkIns) {
                out.row().text(c.partnershipId()).date(c.date(), DateStyle.EXCEL_DATE).text(c.status())
                        .text(c.notes());
            }
        }
        return checkIns.size();
    }

    private static String status(Partnership p, double u) {
        double onTrack = p.attendanceEffect() > 0 ? 0.7 : p.attendanceEffect() == 0 ? 0.4 : 0.15;
        double atRisk = p.attendanceEffect() > 0 ? 0.92 : p.attendanceEffect() == 0 ? 0.85 : 0.55;
        return u < onTrack ? "on track" : u < atRisk ? "at risk" : "off track";
    }

    private static String notes(String status, Partnership p) {
        return switch (status) {
            case "on track" -> "Sessions running as planned; " + p.type().label() + " staff in place.";
            case "at risk" -> "Fewer sessions than planned; partner adding staff.";
            default -> "Sessions paused part of the month; review meeting scheduled.";
        };
    }
}
