package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code schools.xlsx}, the list of schools the district office sends. */
final class SchoolsWorkbook {

    private SchoolsWorkbook() {
    }

    static void write(Path file, List<School> schools, LocalDate exported) throws IOException {
        try (XlsxSheetWriter out = XlsxSheetWriter.create(file, "Schools", exported)) {
            out.row().text("School ID").text("School Name").text("Level");
            for (School school : schools) {
                out.row().text(school.id()).text(school.name()).text(school.level().name());
            }
        }
    }
}
