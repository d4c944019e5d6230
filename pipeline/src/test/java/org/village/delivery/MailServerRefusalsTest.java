package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;

/**
 * Issue 20: what a mail server's refusals do to the month's delivery. The server sits behind {@link SmtpRelay}, which
 * counts the connections made to it (the tries, counted outside the application) and answers 550 at RCPT TO for an
 * address that does not exist.
 * <ul>
 * <li>A refused login is refused for every e-mail, so the delivery stops at the first refusal with one line saying
 * so, instead of trying each recipient three times with growing waits.</li>
 * <li>An address refused for good is tried once, reported by name, and not owed: the others get theirs, the month
 * finishes needing attention (exit code 4), and the same command sends nothing again, since only a corrected
 * distribution list can help.</li>
 * </ul>
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class, properties = {
        "spring.mail.username=reports@district.example",
        "spring.mail.password=last-years-password",
        "village.delivery.backoff=10ms" })
class MailServerRefusalsTest {

    private static final int SMTP_PORT = FreePort.find();
    private static final int RELAY_PORT = FreePort.find();
    private static final String LOGIN = "reports@district.example";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(LOGIN, LOGIN, "this-years-password"));
    private static SmtpRelay relay;

    @TempDir
    static Path workdir;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void databaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> RELAY_PORT);
    }

    @BeforeAll
    static void startTheServer() {
        smtp.start();
        relay = new SmtpRelay(RELAY_PORT, SMTP_PORT, Set.of("ghost@district.example"));
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        relay.close();
        smtp.stop();
    }

    @BeforeEach
    void startFromAnEmptyDistrictAndMailbox() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aRefusedLoginStopsTheDeliveryAtOnceAndLeavesEveryEmailToTheSameCommand() throws Exception {
        smtp.getUserManager().getUser(LOGIN).setPassword("this-years-password");
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
        int connectionsBefore = relay.connections();

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.failure()).as("one line").doesNotContain("\n")
                .contains("the mail server refused the login (535", "check spring.mail.username and "
                        + "spring.mail.password", "5 of 5 e-mail(s) not sent");
        assertThat(relay.connections() - connectionsBefore).as("one try, not three for each of the five recipients")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT email, attempt, outcome FROM delivery_log WHERE outcome <> 'NO_REPORT' "
                + "ORDER BY delivery_id").query().listOfRows())
                .extracting(row -> row.get("email") + " " + row.get("attempt") + " " + row.get("outcome"))
                .containsExactly("ana@district.example 1 FAILED", "board@district.example 0 NOT_SENT",
                        "jose@alder.example 0 NOT_SENT", "pat@district.example 0 NOT_SENT",
                        "zoe@marti.example 0 NOT_SENT");
        assertThat(outcome.deliveries()).isEqualTo(new DeliveryLog.Summary(0, 5, 0, 1, List.of(), List.of()));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAddressRefusedForGoodIsReportedOnceAndTheMonthFinishes() throws Exception {
        smtp.getUserManager().getUser(LOGIN).setPassword("last-years-password");
        DistrictInbox.writeTo(inbox, List.of(List.of("Ana Superintendent", "ana@district.example", "district"),
                List.of("Former Clerk", "ghost@district.example", "board"),
                List.of("Board Clerk", "board@district.example", "board")));

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.needsAttention()).isTrue();
        assertThat(outcome.deliveries())
                .isEqualTo(new DeliveryLog.Summary(2, 0, 0, 0, List.of(), List.of("ghost@district.example")));
        assertThat(jdbc.sql("SELECT email, attempt, outcome, detail FROM delivery_log ORDER BY delivery_id").query()
                .listOfRows()).extracting(row -> row.get("email") + " " + row.get("attempt") + " "
                        + row.get("outcome"))
                .as("refused once, not tried again with growing waits")
                .containsExactly("ana@district.example 1 SENT", "board@district.example 1 SENT",
                        "ghost@district.example 1 REFUSED");
        assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("ana@district.example", "board@district.example");

        RunOutcome again = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(again.status()).as("nothing owed: the month is done")
                .isEqualTo(RunOutcome.Status.ALREADY_COMPLETE);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }
}
