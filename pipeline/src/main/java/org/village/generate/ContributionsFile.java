package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code contributions-<year>.xlsx}, the district finance office's list of what went to each partnership in the
 * current year to date: the district's payments in four installments from the start, the partner's monthly cash or
 * in-kind contribution (about a tenth of its commitment a month), and now and then a grant the partner won. Dates are
 * bare Excel serial numbers (a column whose date format was lost), which ingest must still read as dates.
 */
final class ContributionsFile {

    static final String SHEET = "Contributions";
    private static final int INSTALLMENTS = 4;
    private static final int MONTHS_BETWEEN_INSTALLMENTS = 3;

    private ContributionsFile() {
    }

    static String file(SchoolYear year) {
        return "contributions-" + year.label() + ".xlsx";
    }

    /** Returns the data rows written. */
    static int write(Path root, List<Partnership> partnerships, PartnerMonths months, SchoolCalendar calendar,
            YearMonth through, RandomStreams streams) throws IOException {
        List<Contribution> contributions = new ArrayList<>();
        for (Partnership p : partnerships) {
            contributions.addAll(contributionsTo(p, months.running(p), calendar, through,
                    streams.stream("contributions", p.id().hashCode())));
        }
        contributions.sort(Comparator.comparing(Contribution::date).thenComparing(Contribution::partnershipId));
        try (TableFile file = FileFormat.XLSX.create(root.resolve(file(calendar.year())),
                through.plusMonths(1).atDay(1))) {
            SheetRows out = file.sheet(SHEET);
            out.row().text("Partnership ID").text("Date").text("Kind").text("Amount").text("Description")
                    .text("Source");
            for (Contribution c : contributions) {
                out.row().text(c.partnershipId()).date(c.date(), DateStyle.EXCEL_SERIAL).text(c.kind())
                        .decimal(c.amount()).text(c.description()).text(c.source());
            }
        }
        return contributions.size();
    }

    private static List<Contribution> contributionsTo(Partnership p, List<YearMonth> running, SchoolCalendar calendar,
            YearMonth through, SplittableRandom random) {
        List<Contribution> list = new ArrayList<>();
        for (int i = 0; i < INSTALLMENTS; i++) {
            YearMonth month = YearMonth.from(p.start()).plusMonths((long) i * MONTHS_BETWEEN_INSTALLMENTS);
            if (!month.isAfter(through) && !calendar.daysIn(month).isEmpty()) {
                list.add(new Contribution(p.id(), calendar.daysIn(month).first(), "cash",
                        cents(p.districtInvestment() / (double) INSTALLMENTS),
                        "District payment, installment " + (i + 1) + " of " + INSTALLMENTS, "district"));
            }
        }
        boolean inKind = switch (p.type()) {
            case HEALTH_CLINIC, FOOD_AND_CLOTHING, VOLUNTEERS, CLUBS -> true;
            default -> false;
        };
        boolean grant = random.nextDouble() < 0.35;
        for (int i = 0; i < running.size(); i++) {
            YearMonth month = running.get(i);
            LocalDate day = calendar.daysIn(month).last();
            list.add(new Contribution(p.id(), day, inKind ? "in-kind" : "cash",
                    cents(p.partnerInvestment() / 10.0 * (0.7 + 0.6 * random.nextDouble())),
                    inKind ? inKindDescription(p.type()) : "Partner funding for " + p.type().label(), "partner"));
            if (grant && i == 1) {
                list.add(new Contribution(p.id(), day, "grant", 5_000 + 500 * random.nextInt(31),
                        "Community foundation grant", "partner"));
            }
        }
        return list;
    }

    private static String inKindDescription(PartnershipType type) {
        return switch (type) {
            case HEALTH_CLINIC -> "Clinic staff time and supplies";
            case FOOD_AND_CLOTHING -> "Donated food, coats and shoes";
            case VOLUNTEERS -> "Volunteer coordinator time";
            default -> "Club materials and kits";
        };
    }

    private static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }
}
