package org.village.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One month-end at a time per Village database. A run that finds its month "started" in the job repository takes it
 * for a process that was killed and continues it; that is only true if no other process can be running it. The
 * embedded H2 database guarantees this by locking its file to one process. On PostgreSQL several processes, on
 * several machines, can share the database, so a run first takes a session-level advisory lock, keyed by the schema
 * that holds Village's tables. PostgreSQL releases a session's advisory locks when its connection ends, so a process
 * killed mid-run frees the lock at once, and the next run rightly continues what it left.
 */
@Component
public class RunLock {

    /** The lock's first key: "VILL" in ASCII, so that other applications' advisory locks do not collide with it. */
    private static final int VILLAGE = 0x56494c4c;

    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock while it is held; empty when another process holds it. Closing it releases the lock. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Optional<Held> tryLock() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                connection.close();
                return Optional.of(() -> {
                });
            }
            if (!advisoryLock(connection, "SELECT pg_try_advisory_lock(?, hashtext(current_schema()))")) {
                connection.close();
                return Optional.empty();
            }
        }
        catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return Optional.of(() -> {
            try (connection) {
                advisoryLock(connection, "SELECT pg_advisory_unlock(?, hashtext(current_schema()))");
            }
            catch (SQLException e) {
                // The session is gone, and PostgreSQL released its locks with it.
            }
        });
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, VILLAGE);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
