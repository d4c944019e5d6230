package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** {@code schools.xlsx}, the list of schools the district office sends. School ids are text, keeping "0101". */
final class SchoolsWorkbook {

    static final String FILE = "schools.xlsx";

    private SchoolsWorkbook() {
    }

    /** Returns the data rows written. */
    static int write(Path root, District district, LocalDate exported) throws IOException {
        try (TableFile file = FileFormat.XLSX.create(root.resolve(FILE), exported)) {
            SheetRows out = file.sheet("Schools");
            out.row().text("School ID").text("School Name").text("Level");
            for (School school : district.schools()) {
                out.row().text(school.id()).text(school.name()).text(school.level().name());
            }
        }
        return district.schools().size();
    }
}
