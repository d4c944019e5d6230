package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A year's roster as the district's student information system exports it, PowerSchool-style headers and all,
 * including the student names that ingest must drop.
 */
final class RosterWorkbook {

    private RosterWorkbook() {
    }

    static void write(Path file, Roster roster, LocalDate exported) throws IOException {
        try (XlsxSheetWriter out = XlsxSheetWriter.create(file, "Roster", exported)) {
            out.row().text("Student_Number").text("SchoolID").text("Grade_Level").text("EntryDate").text("ExitDate")
                    .text("LastFirst").text("Gender");
            for (Enrollment e : roster.enrollments()) {
                XlsxSheetWriter.Cells row = out.row()
                        .text(e.student().id()).text(e.school().id()).text(e.grade().label()).date(e.entryDate());
                if (e.stays()) {
                    row.blank(1);
                } else {
                    row.date(e.exitDate());
                }
                row.text(e.student().lastFirst()).text(e.student().gender());
            }
        }
    }
}
