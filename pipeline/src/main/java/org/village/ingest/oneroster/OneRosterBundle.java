package org.village.ingest.oneroster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A OneRoster CSV bundle, a folder or a .zip holding {@code manifest.csv} (or at least {@code users.csv} and
 * {@code orgs.csv}), read as {@link BundleTable}s. Only a full export is read: a delta export lists only what changed
 * since an earlier one, and loading it as a roster would drop every student it does not mention. Files the manifest
 * calls absent are not read even when present.
 */
public final class OneRosterBundle implements AutoCloseable {

    static final String MANIFEST = "manifest.csv";
    static final String USERS = "users.csv";
    static final String ORGS = "orgs.csv";
    /** A table of a file the bundle does not hold: no rows. */
    private static final BundleRows NO_ROWS = new BundleRows() {
        @Override
        public BundleRow next() {
            return null;
        }

        @Override
        public void close() {
        }
    };
    /** The files Village reads; a delta in any of them would leave its join incomplete. */
    private static final List<String> READ = List.of(ORGS, USERS, StudentRows.ROLES, StudentRows.ENROLLMENTS,
            StudentRows.DEMOGRAPHICS, StudentRows.SESSIONS);

    private final BundleFiles files;
    private final Map<String, String> manifest;

    private OneRosterBundle(BundleFiles files) {
        this.files = files;
        this.manifest = manifest(files);
        for (String file : READ) {
            if ("delta".equalsIgnoreCase(mode(file))) {
                throw new OneRosterProblem("is a OneRoster delta export (manifest.csv: " + property(file)
                        + "=delta), which lists only what changed since an earlier export; Village needs a full one. "
                        + "Export the OneRoster files again in bulk mode");
            }
        }
        for (String file : List.of(USERS, ORGS)) {
            if (!present(file)) {
                throw new OneRosterProblem("is a OneRoster bundle without " + file + ", which Village needs; export "
                        + "the OneRoster files again with users and orgs");
            }
        }
    }

    /**
     * A folder, or a file named .zip, holding a manifest or users and orgs. A zip that cannot be opened is not taken
     * for a bundle.
     */
    public static boolean isBundle(Path path) {
        boolean zip = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (!Files.isDirectory(path) && !(zip && Files.isRegularFile(path))) {
            return false;
        }
        try (BundleFiles files = BundleFiles.of(path)) {
            return files.has(MANIFEST) || files.has(USERS) && files.has(ORGS);
        }
        catch (IOException e) {
            return false;
        }
    }

    public static OneRosterBundle open(Path path) {
        BundleFiles files;
        try {
            files = BundleFiles.of(path);
        }
        catch (IOException e) {
            throw new OneRosterProblem("could not be opened as a OneRoster bundle (" + e.getMessage() + "); zip the "
                    + "OneRoster files again and send the zip", e);
        }
        try {
            return new OneRosterBundle(files);
        }
        catch (RuntimeException e) {
            files.close();
            throw e;
        }
    }

    public BundleRows rows(BundleTable table) {
        return switch (table) {
            case SCHOOLS -> new SchoolRows(table(ORGS));
            case STUDENTS -> new StudentRows(this);
            case TERMS -> {
                CsvTable sessions = table(StudentRows.SESSIONS);
                yield sessions == null ? NO_ROWS : new TermRows(sessions);
            }
        };
    }

    /** The file as a table, or null when the bundle does not hold it or its manifest calls it absent. */
    CsvTable table(String file) {
        return present(file) ? CsvTable.open(files, file) : null;
    }

    private boolean present(String file) {
        return files.has(file) && !"absent".equalsIgnoreCase(mode(file));
    }

    private String mode(String file) {
        return manifest.get(CsvTable.normalise(property(file)));
    }

    /** The manifest's property for a file: "file.academicSessions" for academicSessions.csv. */
    private static String property(String file) {
        return "file." + file.substring(0, file.length() - ".csv".length());
    }

    private static Map<String, String> manifest(BundleFiles files) {
        Map<String, String> properties = new HashMap<>();
        try (CsvTable table = CsvTable.open(files, MANIFEST)) {
            if (table == null) {
                return properties;
            }
            int name = table.required("propertyName");
            int value = table.required("value");
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                properties.put(CsvTable.normalise(CsvTable.value(row, name)), CsvTable.value(row, value));
            }
        }
        return properties;
    }

    /** Whether a row's status says the record is to be deleted (1.1 and 1.2 spell it the same way). */
    static boolean deleted(CsvTable.Row row, int statusColumn) {
        return "tobedeleted".equalsIgnoreCase(CsvTable.value(row, statusColumn));
    }

    @Override
    public void close() {
        files.close();
    }

    /** The orgs of type school, as the schools list. */
    private static final class SchoolRows implements BundleRows {
        private final CsvTable orgs;
        private final int id;
        private final int name;
        private final int type;
        private final int status;

        SchoolRows(CsvTable orgs) {
            this.orgs = orgs;
            this.id = orgs.required("sourcedId");
            this.name = orgs.required("name");
            this.type = orgs.required("type");
            this.status = orgs.column("status");
        }

        @Override
        public BundleRow next() {
            for (CsvTable.Row row = orgs.next(); row != null; row = orgs.next()) {
                if ("school".equalsIgnoreCase(CsvTable.value(row, type)) && !deleted(row, status)) {
                    return new BundleRow(row.line(), new String[] { CsvTable.value(row, id),
                        CsvTable.value(row, name) }, null);
                }
            }
            return null;
        }

        @Override
        public void close() {
            orgs.close();
        }
    }

    /**
     * The academic sessions of type term, semester or grading period, by title. A title repeats across school
     * years, so the school year goes with it.
     */
    private static final class TermRows implements BundleRows {
        private static final Set<String> TERM_TYPES = Set.of("term", "semester", "gradingperiod");

        private final CsvTable sessions;
        private final int title;
        private final int type;
        private final int start;
        private final int end;
        private final int schoolYear;
        private final int status;

        TermRows(CsvTable sessions) {
            this.sessions = sessions;
            this.title = sessions.required("title");
            this.type = sessions.required("type");
            this.start = sessions.column("startDate");
            this.end = sessions.required("endDate");
            this.schoolYear = sessions.column("schoolYear");
            this.status = sessions.column("status");
        }

        @Override
        public BundleRow next() {
            for (CsvTable.Row row = sessions.next(); row != null; row = sessions.next()) {
                if (TERM_TYPES.contains(CsvTable.value(row, type).toLowerCase(Locale.ROOT)) && !deleted(row, status)) {
                    return new BundleRow(row.line(), new String[] { CsvTable.value(row, title),
                        CsvTable.value(row, schoolYear), CsvTable.value(row, start), CsvTable.value(row, end) }, null);
                }
            }
            return null;
        }

        @Override
        public void close() {
            sessions.close();
        }
    }

    static Stream<String> list(String value) {
        return Stream.of(value.split("[,;|]")).map(String::trim).filter(s -> !s.isEmpty());
    }
}
