package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Issue 20: a mail server that refuses the login refuses it for every e-mail, so the delivery stops at the first
 * refusal with one line saying so, instead of trying each recipient three times with growing waits. The tries are
 * counted as connections to the server, outside the application.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class, properties = {
        "spring.mail.username=reports@district.example",
        "spring.mail.password=last-years-password",
        "village.delivery.backoff=10ms" })
class RefusedLoginTest {

    private static final int SMTP_PORT = FreePort.find();
    private static final int RELAY_PORT = FreePort.find();

    private static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig()
                    .withUser("reports@district.example", "reports@district.example", "this-years-password"));
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
        relay = new SmtpRelay(RELAY_PORT, SMTP_PORT);
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        relay.close();
        smtp.stop();
    }

    @Test
    void aRefusedLoginStopsTheDeliveryAtOnceAndLeavesEveryEmailToTheSameCommand() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);

        RunOutcome outcome = monthlyRun.run(YearMonth.of(2026, 10), inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.failure()).as("one line").doesNotContain("\n")
                .contains("the mail server refused the login (535", "check spring.mail.username and "
                        + "spring.mail.password", "5 of 5 e-mail(s) not sent");
        assertThat(relay.connections()).as("one try, not three for each of the five recipients").isEqualTo(1);
        assertThat(jdbc.sql("SELECT email, attempt, outcome FROM delivery_log WHERE outcome <> 'NO_REPORT' "
                + "ORDER BY delivery_id").query().listOfRows())
                .extracting(row -> row.get("email") + " " + row.get("attempt") + " " + row.get("outcome"))
                .containsExactly("ana@district.example 1 FAILED", "board@district.example 0 NOT_SENT",
                        "jose@alder.example 0 NOT_SENT", "pat@district.example 0 NOT_SENT",
                        "zoe@marti.example 0 NOT_SENT");
        assertThat(outcome.deliveries()).isEqualTo(new DeliveryLog.Summary(0, 5, 0, 1, List.of(), List.of()));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
