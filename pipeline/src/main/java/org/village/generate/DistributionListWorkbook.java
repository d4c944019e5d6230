package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * {@code distribution-list.xlsx}: who receives which report. Receives is {@code district}, {@code board},
 * {@code school:<id>} or {@code partnership:<id>}. People and addresses are fictional, at example.org.
 */
final class DistributionListWorkbook {

    static final String FILE = "distribution-list.xlsx";
    private static final int BOARD_MEMBERS = 5;

    private DistributionListWorkbook() {
    }

    /** Returns the data rows written. */
    static int write(Path root, District district, List<Partnership> partnerships, SplittableRandom random,
            LocalDate exported) throws IOException {
        TreeSet<String> addresses = new TreeSet<>();
        try (TableFile file = FileFormat.XLSX.create(root.resolve(FILE), exported)) {
            SheetRows out = file.sheet("Recipients");
            out.row().text("Name").text("Email").text("Role").text("Receives");
            for (String role : List.of("Superintendent", "Chief Academic Officer", "Communications Director")) {
                recipient(out, random, addresses, role, "district");
            }
            for (int i = 0; i < BOARD_MEMBERS; i++) {
                recipient(out, random, addresses, "Board member", "board");
            }
            for (School school : district.schools()) {
                recipient(out, random, addresses, "Principal, " + school.name(), "school:" + school.id());
            }
            for (Partnership p : partnerships) {
                recipient(out, random, addresses, "Program director, " + p.partnerName(), "partnership:" + p.id());
            }
        }
        return addresses.size();
    }

    private static void recipient(SheetRows out, SplittableRandom random, TreeSet<String> addresses, String role,
            String receives) {
        String name = FictionalNames.firstLast(random);
        // Letters that do not decompose into a base letter and marks get theirs by hand.
        String local = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace('Đ', 'D').replace('đ', 'd').replace('ı', 'i').replace('Ø', 'O').replace('ø', 'o')
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().replace(' ', '.');
        String address = local + "@example.org";
        for (int n = 2; !addresses.add(address); n++) {
            address = local + n + "@example.org";
        }
        out.row().text(name).text(address).text(role).text(receives);
    }
}
