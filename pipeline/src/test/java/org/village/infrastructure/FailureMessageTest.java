package org.village.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The one line a failed run prints: the reason, never the SQL statement or a stack trace. */
class FailureMessageTest {

    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
            "jdbc:h2:mem:failure-message;DB_CLOSE_DELAY=-1", "sa", ""));

    /** What Spring and H2 really say about a missing table: both quote the statement, with a student id in it. */
    @Test
    void aDatabaseErrorIsReportedWithoutItsSqlStatement() {
        Throwable error = catchThrowable(() -> jdbc.sql("SELECT student_id FROM enrolment WHERE student_id = '001001'")
                .query(String.class).list());
        assertThat(error.getMessage()).as("the raw message quotes the statement").contains("SELECT student_id");

        String line = FailureMessage.oneLine(error);

        assertThat(line).contains("Table \"ENROLMENT\" not found").doesNotContain("SELECT", "001001", "\n")
                .doesNotContainIgnoringCase("sql statement");
    }

    /**
     * H2 closes its database when it runs out of memory, and what the run then reports is "JDBC rollback; The
     * database has been closed" with the OutOfMemoryError as its cause (as a 28 MB heap gave on a generated district).
     */
    @Test
    void runningOutOfMemoryIsTheReasonEvenWhenTheDatabaseWasClosedByIt() {
        Throwable closed = new DataAccessResourceFailureException("JDBC rollback",
                new SQLException("The database has been closed [90098-240]", "90098", 90098,
                        new OutOfMemoryError("Java heap space")));

        assertThat(FailureMessage.oneLine(closed)).matches("Village ran out of memory: Java may use at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB here; raise -Xmx .*");
    }
}
