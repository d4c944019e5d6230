package org.village.delivery;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;

/**
 * The send log: one row per attempt to deliver a month's e-mail to one address. It is what makes a restarted run
 * send nobody anything twice, and what {@code status} and the run's summary count.
 */
@Component
public class DeliveryLog {

    static final NamedQueries SQL = NamedQueries.load("delivery");

    /** A run's deliveries by each address's latest outcome. */
    public record Summary(int sent, int failed, int written, int withoutReport) {

        /** A run that reached no e-mail: it failed before delivery, or nothing was due. */
        public static final Summary NONE = new Summary(0, 0, 0, 0);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Summary summary(long jobInstanceId) {
        List<String> outcomes = jdbc.sql(SQL.get("instance-outcomes")).param("jobInstanceId", jobInstanceId)
                .query((rs, i) -> rs.getString("outcome")).list();
        return new Summary(count(outcomes, Outcome.SENT), count(outcomes, Outcome.FAILED),
                count(outcomes, Outcome.WRITTEN), count(outcomes, Outcome.NO_REPORT));
    }

    Set<String> finishedAddresses(long jobInstanceId) {
        return new HashSet<>(jdbc.sql(SQL.get("finished-emails")).param("jobInstanceId", jobInstanceId)
                .query(String.class).list());
    }

    void record(long jobInstanceId, YearMonth month, Delivery delivery, Path monthDirectory, int attempt,
            Outcome outcome, String detail) {
        jdbc.sql(SQL.get("insert-attempt"))
                .param("jobInstanceId", jobInstanceId)
                .param("reportMonth", month.toString())
                .param("email", delivery.email())
                .param("recipientName", delivery.name())
                .param("scopes", String.join(", ", delivery.scopes()))
                .param("files", delivery.files().stream().map(f -> monthDirectory.relativize(f).toString())
                        .collect(Collectors.joining("\n")))
                .param("attempt", attempt)
                .param("outcome", outcome.name())
                .param("detail", detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
                .param("attemptedAt", Timestamp.from(Instant.now(clock)))
                .update();
    }

    private static int count(List<String> outcomes, Outcome outcome) {
        return (int) outcomes.stream().filter(outcome.name()::equals).count();
    }

    enum Outcome { SENT, FAILED, WRITTEN, NO_REPORT }
}
