package org.village.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the embedded database taken before a new version of Village upgrades its tables. H2 cannot roll back
 * DDL, so a process stopped part-way through an upgrade leaves a database that is neither the old version nor the
 * new one, and every later start would fail on it. The copy is made before the upgrade and removed once Flyway has
 * finished; a copy found at start means the last upgrade was cut off, and the database is put back as it was before
 * it and upgraded again. The copy is the database file itself, encrypted when it is, and owner-only like it.
 */
final class UpgradeBackup {

    private static final Logger log = LoggerFactory.getLogger(UpgradeBackup.class);
    private static final String FILE_URL = "jdbc:h2:file:";

    private UpgradeBackup() {
    }

    /**
     * Before the data source is made: restores the database from a copy an upgrade cut off left, then copies it when
     * Flyway has migrations to apply to it.
     */
    static void prepare(Path database, String url, String user, String password, String[] locations) {
        Path data = dataFile(database);
        Path backup = backupOf(database);
        try {
            if (Files.exists(backup)) {
                log.warn("The last start stopped while it upgraded the database {}; it is put back as it was before "
                        + "that upgrade and upgraded again.", data);
                Files.move(backup, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            // Spring Boot resolves "{vendor}" in spring.flyway.locations; this runs before it does.
            String[] h2Locations = Arrays.stream(locations).map(location -> location.replace("{vendor}", "h2"))
                    .toArray(String[]::new);
            if (!Files.exists(data) || Flyway.configure().dataSource(url, user, password).locations(h2Locations)
                    .load().info().pending().length == 0) {
                return;
            }
            // Copied under another name and renamed, so that a copy cut off part-way is never taken for the database.
            Path copying = database.resolveSibling(database.getFileName() + ".before-upgrade.copying");
            Files.copy(data, copying, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel written = FileChannel.open(copying, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(copying, backup, StandardCopyOption.ATOMIC_MOVE);
            log.info("The database {} is upgraded to this version of Village; a copy is kept until the upgrade "
                    + "has finished.", data);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not keep a copy of the database " + data + " before upgrading it; "
                    + "the upgrade needs as much free space again as the database takes", e);
        }
    }

    /** After Flyway finished: the copy is no longer needed. */
    static void discard(String url) {
        database(url).map(UpgradeBackup::backupOf).ifPresent(backup -> {
            try {
                Files.deleteIfExists(backup);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not remove " + backup + " after the upgrade", e);
            }
        });
    }

    /** The database's path (without .mv.db) in an H2 file URL; empty for any other database. */
    static Optional<Path> database(String url) {
        if (url == null || !url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(url.substring(FILE_URL.length()).split(";", 2)[0]).toAbsolutePath().normalize());
    }

    private static Path dataFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    private static Path backupOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".before-upgrade.mv.db");
    }
}
