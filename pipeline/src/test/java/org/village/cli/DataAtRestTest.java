package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.delivery.DistrictInbox;
import org.village.infrastructure.H2Storage;
import org.village.infrastructure.WorkDatabase;
import org.village.monthly.DistrictFixture;

/**
 * Student data at rest: what a run leaves on disk is readable by its owner only, the H2 file is encrypted when a key
 * is configured and has a real password otherwise, unconsented stories keep only their title, and rejected cells are
 * forgotten after the retention period.
 */
class DataAtRestTest {

    /** A student id of the fixture's roster (Alder Creek's first student). */
    private static final String STUDENT_ID = "001001";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String[] run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--inbox",
                dir.resolve("inbox").toString(), "--out", dir.resolve("reports/out").toString(), "--workdir",
                dir.resolve("work").toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private String[] status(String... extra) {
        List<String> args = new ArrayList<>(List.of("status", "--workdir", dir.resolve("work").toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void aRunLeavesEverythingItWroteReadableByItsOwnerOnly() throws Exception {
        DistrictInbox.writeTo(dir.resolve("inbox"), DistrictInbox.RECIPIENTS);
        DistrictFixture.writePartnershipsTo(dir.resolve("inbox"));

        int code = commandLine.execute(run("--dry-run"));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(VillageCommandLine.OK,
                VillageCommandLine.DONE_WITH_PROBLEMS);
        Map<Path, String> permissions = new LinkedHashMap<>();
        for (Path root : List.of(dir.resolve("work"), dir.resolve("reports/out"))) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.forEach(path -> permissions.put(dir.relativize(path), mode(path)));
            }
        }
        assertThat(permissions.keySet().stream().map(Path::toString)).as("what the run wrote")
                .contains("work/db/village.mv.db", "work/db/village.password", "work/logs/village.log",
                        "reports/out/2026-10/dry-run/district-dashboard-2026-10.pdf",
                        "reports/out/2026-10/dry-run/figures-2026-10.xlsx")
                .anyMatch(path -> path.startsWith("reports/out/2026-10/dry-run/outbox/") && path.endsWith(".eml"));
        permissions.forEach((path, mode) -> assertThat(mode).as(path.toString())
                .isEqualTo(Files.isDirectory(dir.resolve(path)) ? "rwx------" : "rw-------"));
        assertThat(mode(dir.resolve("reports"))).as("a folder Village did not create keeps its mode")
                .isEqualTo(mode(dir));
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsKeyAndHoldsNoStudentIdInClear() throws Exception {
        DistrictFixture.writeTo(dir.resolve("inbox"));
        Path data = dir.resolve("work/db/village.mv.db");
        assertThat(commandLine.execute(run())).isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        assertThat(holds(data, STUDENT_ID)).as("without a key the file holds the ids in clear").isTrue();

        assertThat(commandLine.execute(status("--village.storage.encryption-key=first-key"))).as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        assertThat(Files.readString(data, StandardCharsets.ISO_8859_1)).startsWith("H2encrypt");
        assertThat(holds(data, STUDENT_ID)).isFalse();
        String password = WorkDatabase.password(dir.resolve("work/db/village").toAbsolutePath());
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("work/db/village")
                + ";IFEXISTS=TRUE", "sa", password).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("work/db/village")
                + ";IFEXISTS=TRUE;CIPHER=AES", "sa", "wrong-key " + password).close())
                .isInstanceOf(SQLException.class);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("work/db/village")
                + ";IFEXISTS=TRUE;CIPHER=AES", "sa", "first-key " + password)) {
            assertThat(single(db, "SELECT COUNT(*) FROM enrolment WHERE student_id = '" + STUDENT_ID + "'"))
                    .isNotEqualTo("0");
        }
        out.reset();
        err.reset();
        assertThat(commandLine.execute(status())).isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .isEqualTo("village: the database " + data.toAbsolutePath() + " is encrypted; give its key in "
                        + "village.storage.encryption-key or the environment variable VILLAGE_STORAGE_ENCRYPTION_KEY");

        assertThat(commandLine.execute(status("--village.storage.encryption-key=second-key",
                "--village.storage.previous-encryption-key=first-key"))).as("rotates the key").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2026-10");
        err.reset();
        assertThat(commandLine.execute(status("--village.storage.encryption-key=first-key")))
                .isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not open the database");
        assertThat(commandLine.execute(status("--village.storage.encryption-key=second-key",
                "--village.storage.previous-encryption-key=first-key"))).as("the rotation is done once").isZero();
        assertThat(holds(data, STUDENT_ID)).isFalse();
    }

    /** A work folder made before Village set a password: H2's user with an empty one. */
    @Test
    void aDatabaseWithTheOldEmptyPasswordKeepsOpeningAndIsMovedToAGeneratedOne() throws Exception {
        Path database = dir.resolve("work/db/village").toAbsolutePath();
        String url = "jdbc:h2:file:" + database + ";TRACE_LEVEL_FILE=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/common", "classpath:db/h2")
                .target("28").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO ingest_source (source_id, file_name, file_sha256, sheet_index, sheet_name,"
                    + " date1904, status, job_instance_id, registered_at) VALUES (1, 'stories.xlsx', '"
                    + "0".repeat(64) + "', 0, 'Stories', FALSE, 'LOADED', 1, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO story VALUES (1, 2, 'P-001', DATE '2026-10-15', 'Published', "
                    + "'A consented story.', 'A quote', 'A parent', TRUE)");
            statement.execute("INSERT INTO story VALUES (1, 3, 'P-001', DATE '2026-10-16', 'Kept back', "
                    + "'Student 001001 was in hospital for asthma.', 'Her words', 'Her mother', FALSE)");
        }

        assertThat(commandLine.execute(status())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        String password = Files.readString(H2Storage.passwordFile(database)).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(mode(H2Storage.passwordFile(database))).isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        try (Connection db = DriverManager.getConnection(url, "sa", password)) {
            assertThat(rows(db, "SELECT title || '|' || COALESCE(story_text, '-') || '|' || COALESCE(quote, '-') "
                    + "|| '|' || COALESCE(attribution, '-') || '|' || consent FROM story ORDER BY source_row"))
                    .as("V30 clears what an unconsented story said")
                    .containsExactly("Published|A consented story.|A quote|A parent|TRUE",
                            "Kept back|-|-|-|FALSE");
        }
        assertThat(commandLine.execute(status())).as("opens again with the kept password").isZero();
    }

    @Test
    void unconsentedStoriesAreStoredWithTheirTitleOnlyAndRejectedCellsAreForgottenAfterTheRetention()
            throws Exception {
        DistrictFixture.writeTo(dir.resolve("inbox"));
        DistrictFixture.writePartnershipsTo(dir.resolve("inbox"));
        assertThat(commandLine.execute(run("--village.storage.reject-retention=30d")))
                .isEqualTo(VillageCommandLine.DONE_WITH_PROBLEMS);
        List<String> rejects;
        try (Connection db = WorkDatabase.open(dir.resolve("work"))) {
            assertThat(rows(db, "SELECT title || '|' || COALESCE(story_text, '-') || '|' || COALESCE(quote, '-') "
                    + "|| '|' || COALESCE(attribution, '-') || '|' || consent FROM story ORDER BY source_row"))
                    .containsExactly("Mentors who keep showing up|Every Tuesday, mentors from Big Brothers Big "
                            + "Sisters meet their mentees at Alder Creek.|I come on Tuesdays because someone is "
                            + "waiting for me.|A fourth-grader|TRUE", "Not for publication|-|-|-|FALSE");
            rejects = rows(db, "SELECT source_id || ' ' || source_row || ' ' || reason_code || ' ' || "
                    + "COALESCE(cell_value, '-') || ' ' || reason FROM ingest_reject ORDER BY source_id, source_row");
            assertThat(rejects).hasSize(2).noneMatch(reject -> reject.contains("Details removed"));
        }

        assertThat(commandLine.execute(run("--village.storage.reject-retention=30d"))).as("nothing new to load")
                .isEqualTo(VillageCommandLine.OK);
        try (Connection db = WorkDatabase.open(dir.resolve("work"));
                Statement statement = db.createStatement()) {
            assertThat(rows(db, "SELECT source_id || ' ' || source_row || ' ' || reason_code || ' ' || "
                    + "COALESCE(cell_value, '-') || ' ' || reason FROM ingest_reject ORDER BY source_id, source_row"))
                    .as("within the retention").isEqualTo(rejects);
            statement.execute("UPDATE ingest_source SET registered_at = DATEADD(DAY, -31, registered_at)");
        }

        assertThat(commandLine.execute(run("--village.storage.reject-retention=30d"))).isEqualTo(
                VillageCommandLine.OK);

        try (Connection db = WorkDatabase.open(dir.resolve("work"))) {
            assertThat(rows(db, "SELECT source_id || ' ' || source_row || ' ' || reason_code || ' ' || "
                    + "COALESCE(cell_value, '-') || ' ' || reason FROM ingest_reject ORDER BY source_id, source_row"))
                    .containsExactlyElementsOf(rejects.stream().map(reject -> {
                        String[] parts = reject.split(" ", 4);
                        return parts[0] + " " + parts[1] + " " + parts[2] + " - Details removed after the retention "
                                + "period (village.storage.reject-retention).";
                    }).toList());
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean holds(Path file, String text) throws java.io.IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String single(Connection db, String sql) throws SQLException {
        return rows(db, sql).get(0);
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
