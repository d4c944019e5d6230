package org.village.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A work folder's H2 database opened the way Village opens it: with the password it generated for it. */
public final class WorkDatabase {

    private WorkDatabase() {
    }

    public static Connection open(Path workdir) throws SQLException {
        Path database = workdir.resolve("db/village").toAbsolutePath();
        return DriverManager.getConnection("jdbc:h2:file:" + database + ";TRACE_LEVEL_FILE=0", "sa",
                password(database));
    }

    public static String password(Path database) {
        try {
            return Files.readString(H2Storage.passwordFile(database)).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
