package org.village.delivery;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.village.infrastructure.NamedQueries;

/**
 * The send log: one row per try to deliver a month's e-mail to one address. A try is written before the e-mail goes
 * to the server and given its outcome after, each in a transaction of its own (not the step's), so whatever stops
 * the process, the log says which e-mails were sent, which were not, and the one whose fate is unknown. It is what
 * makes a restarted run send what it still owes and nothing else, and what {@code status} and the run's summary
 * count.
 */
@Component
public class DeliveryLog {

    static final NamedQueries SQL = NamedQueries.load("delivery");

    /**
     * A run's deliveries by each address's latest outcome.
     *
     * @param unsent e-mails the run still owes: they failed, were not tried because the delivery stopped, or were cut
     *         off with their outcome unknown; giving the same command again sends them
     * @param maybeSentTwice addresses sent their e-mail again after a run stopped while the server had it: they may
     *         hold two copies, with the same Message-ID
     * @param refused addresses the mail server refused for good: not owed, since only a corrected distribution list
     *         can help
     */
    public record Summary(int sent, int unsent, int written, int withoutReport, List<String> maybeSentTwice,
            List<String> refused) {

        /** A run that reached no e-mail: it failed before delivery, or nothing was due. */
        public static final Summary NONE = new Summary(0, 0, 0, 0, List.of(), List.of());
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DeliveryLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Summary summary(long jobInstanceId) {
        Map<String, Outcome> latest = latestOutcomes(jobInstanceId);
        List<String> sentTwice = jdbc.sql(SQL.get("sent-after-unknown-outcome"))
                .param("jobInstanceId", jobInstanceId).query(String.class).list();
        return new Summary(count(latest, Outcome.SENT),
                (int) latest.values().stream().filter(Outcome::owed).count(),
                count(latest, Outcome.WRITTEN), count(latest, Outcome.NO_REPORT), sentTwice,
                latest.entrySet().stream().filter(e -> e.getValue() == Outcome.REFUSED).map(Map.Entry::getKey)
                        .sorted().toList());
    }

    /** Each address's latest outcome in a run, by its address in lower case. */
    Map<String, Outcome> latestOutcomes(long jobInstanceId) {
        Map<String, Outcome> latest = new HashMap<>();
        jdbc.sql(SQL.get("instance-outcomes")).param("jobInstanceId", jobInstanceId)
                .query(rs -> {
                    latest.put(rs.getString("email"), Outcome.valueOf(rs.getString("outcome")));
                });
        return latest;
    }

    /**
     * Records, and commits, that the e-mail is about to go to the server: until {@link #outcome} follows, whether the
     * server has it is unknown.
     *
     * @return the row, for {@link #outcome}
     */
    long intent(long jobInstanceId, YearMonth month, Delivery delivery, Path monthDirectory, int attempt,
            String messageId) {
        KeyHolder key = new GeneratedKeyHolder();
        ownTransaction.executeWithoutResult(status -> insert(jobInstanceId, month, delivery, monthDirectory, attempt,
                Outcome.SENDING, null, messageId).update(key, "delivery_id"));
        return Objects.requireNonNull(key.getKey(), "no id for the send log's row").longValue();
    }

    void outcome(long deliveryId, Outcome outcome, String detail) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(SQL.get("set-outcome"))
                .param("outcome", outcome.name())
                .param("detail", shortened(detail))
                .param("deliveryId", deliveryId)
                .update());
    }

    /** A row whose outcome is known at once: nothing went to a server. */
    void record(long jobInstanceId, YearMonth month, Delivery delivery, Path monthDirectory, int attempt,
            Outcome outcome, String detail) {
        ownTransaction.executeWithoutResult(status -> insert(jobInstanceId, month, delivery, monthDirectory, attempt,
                outcome, detail, null).update());
    }

    private JdbcClient.StatementSpec insert(long jobInstanceId, YearMonth month, Delivery delivery,
            Path monthDirectory, int attempt, Outcome outcome, String detail, String messageId) {
        return jdbc.sql(SQL.get("insert-attempt"))
                .param("jobInstanceId", jobInstanceId)
                .param("reportMonth", month.toString())
                .param("email", delivery.email())
                .param("recipientName", delivery.name())
                .param("scopes", String.join(", ", delivery.scopes()))
                .param("files", delivery.files().stream().map(f -> monthDirectory.relativize(f).toString())
                        .collect(Collectors.joining("\n")))
                .param("attempt", attempt)
                .param("outcome", outcome.name())
                .param("detail", shortened(detail))
                .param("attemptedAt", Timestamp.from(Instant.now(clock)))
                .param("messageId", messageId);
    }

    private static String shortened(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    private static int count(Map<String, Outcome> latest, Outcome outcome) {
        return (int) latest.values().stream().filter(outcome::equals).count();
    }

    enum Outcome {
        /** Handed to the server, no answer recorded yet: after a restart, the outcome is unknown. */
        SENDING,
        SENT,
        FAILED,
        /** The server refused the address for good (5xx at RCPT TO): sending again cannot help. */
        REFUSED,
        /** Not tried: the delivery stopped at an error that every e-mail would meet. */
        NOT_SENT,
        /** Dry run: written to the outbox. */
        WRITTEN,
        /** Nothing exists for the address's scopes this month. */
        NO_REPORT;

        /** Still to be sent by a restarted run. */
        boolean owed() {
            return this == SENDING || this == FAILED || this == NOT_SENT;
        }
    }
}
