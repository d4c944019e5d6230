package org.village.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The child JVM of {@link DurableCommitTest}: opens the database at the URL given, commits one row at a time, says so
 * on standard output after each commit returns, then waits to be killed.
 */
public final class CommitThenWait {

    private CommitThenWait() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("CREATE TABLE committed_row (id INT PRIMARY KEY)");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO committed_row VALUES (?)")) {
                for (int id = 1; id <= rows; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
            Thread.sleep(60_000);
        }
    }
}
