package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A year's roster as the district's student information system exports it, PowerSchool-style headers and all:
 * enrolment, the student groups equity reporting needs, and the student names that ingest must drop.
 */
final class RosterWorkbook {

    static final String SHEET = "Roster";

    private RosterWorkbook() {
    }

    static String file(SchoolYear year) {
        return "roster-" + year.label() + ".xlsx";
    }

    /** Returns the data rows written. */
    static int write(Path root, Roster roster, LocalDate exported) throws IOException {
        try (TableFile file = FileFormat.XLSX.create(root.resolve(file(roster.year())), exported)) {
            SheetRows out = file.sheet(SHEET);
            out.row().text("Student_Number").text("SchoolID").text("Grade_Level").text("EntryDate").text("ExitDate")
                    .text("LastFirst").text("Gender").text("Race_Ethnicity").text("ELL").text("SPED")
                    .text("Econ_Disadv").text("Homeless").text("Foster");
            for (Enrollment e : roster.enrollments()) {
                Student student = e.student();
                Cells row = out.row().text(student.id()).text(e.school().id()).text(e.grade().label())
                        .date(e.entryDate(), DateStyle.EXCEL_DATE);
                if (e.stays()) {
                    row.blank(1);
                } else {
                    row.date(e.exitDate(), DateStyle.EXCEL_DATE);
                }
                Subgroups groups = student.subgroups();
                row.text(student.lastFirst()).text(student.gender()).text(groups.raceEthnicity())
                        .text(yesNo(groups.englishLearner())).text(yesNo(groups.disability()))
                        .text(yesNo(groups.economicallyDisadvantaged())).text(yesNo(groups.homeless()))
                        .text(yesNo(groups.foster()));
            }
        }
        return roster.enrollments().size();
    }

    private static String yesNo(boolean value) {
        return value ? "Y" : "N";
    }
}
