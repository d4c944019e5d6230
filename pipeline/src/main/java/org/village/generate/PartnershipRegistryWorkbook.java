package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code partnerships.xlsx}, the district's registry of partnerships: one workbook, a sheet of agreements and a sheet
 * of their goals. Schools served are ids separated by "; "; the baseline period is the school year before the start.
 */
final class PartnershipRegistryWorkbook {

    static final String FILE = "partnerships.xlsx";
    static final String PARTNERSHIPS_SHEET = "Partnerships";
    static final String GOALS_SHEET = "Goals";

    private PartnershipRegistryWorkbook() {
    }

    /** Returns the data rows written, both sheets. */
    static int write(Path root, List<Partnership> partnerships, LocalDate exported) throws IOException {
        try (TableFile file = FileFormat.XLSX.create(root.resolve(FILE), exported)) {
            SheetRows out = file.sheet(PARTNERSHIPS_SHEET);
            out.row().text("Partnership ID").text("Partner Name").text("Type").text("Schools Served")
                    .text("Start Date").text("End Date").text("Baseline Start").text("Baseline End")
                    .text("District Investment").text("Partner Investment").text("Check-in Cadence")
                    .text("Minimum Dosage Hours");
            for (Partnership p : partnerships) {
                Cells row = out.row().text(p.id()).text(p.partnerName()).text(p.type().label())
                        .text(p.schools().stream().map(School::id).collect(Collectors.joining("; ")))
                        .date(p.start(), DateStyle.EXCEL_DATE);
                if (p.end() == null) {
                    row.blank(1);
                } else {
                    row.date(p.end(), DateStyle.EXCEL_DATE);
                }
                row.date(p.baselineYear().firstDay(), DateStyle.EXCEL_DATE)
                        .date(p.baselineYear().lastDay(), DateStyle.EXCEL_DATE)
                        .number(p.districtInvestment()).number(p.partnerInvestment()).text(p.checkInCadence())
                        .number(p.type().minimumDosageHours());
            }
            int rows = partnerships.size();
            SheetRows goals = file.sheet(GOALS_SHEET);
            goals.row().text("Partnership ID").text("KPI").text("Target").text("By Date");
            for (Partnership p : partnerships) {
                for (Goal goal : p.goals()) {
                    goals.row().text(p.id()).text(goal.kpi()).decimal(goal.target()).date(goal.by(),
                            DateStyle.EXCEL_DATE);
                    rows++;
                }
            }
            return rows;
        }
    }
}
