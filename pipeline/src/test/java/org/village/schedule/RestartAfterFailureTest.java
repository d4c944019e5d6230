package org.village.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.delivery.DistrictInbox;
import org.village.delivery.FreePort;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;

/**
 * A month that fails part-way, twice, and is restarted with the same command each time ends exactly as a run that
 * never failed: the same figures, the same files, each e-mail sent once, and no finished step run again.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class, properties = "village.delivery.backoff=10ms")
class RestartAfterFailureTest {

    private static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void databaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path cleanOut;

    @TempDir
    Path out;

    @BeforeEach
    void startFromAnEmptyDistrict() throws Exception {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
    }

    @AfterEach
    void removeTheInjectedFailure() {
        FailOnceTrigger.ARMED_FOR_SCHOOL.set(null);
        jdbc.sql("DROP TRIGGER IF EXISTS fail_once").update();
    }

    @Test
    void aRunKilledPartWayAndRestartedEndsAsACleanRunDoes() throws Exception {
        DistrictInbox.placeSchoolDashboard(cleanOut, "0101");
        assertThat(monthlyRun.run(OCTOBER, inbox, cleanOut).status()).isEqualTo(RunOutcome.Status.COMPLETED);
        RunResults clean = RunResults.of(jdbc, cleanOut.resolve("2026-10"));
        List<String> cleanMail = mail();
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
        smtp.purgeEmailFromAllMailboxes();
        DistrictInbox.placeSchoolDashboard(out, "0101");

        jdbc.sql("CREATE TRIGGER fail_once BEFORE INSERT ON attendance_summary FOR EACH ROW CALL '"
                + FailOnceTrigger.class.getName() + "'").update();
        FailOnceTrigger.ARMED_FOR_SCHOOL.set("0102");
        RunOutcome loadFailed = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(loadFailed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(loadFailed.failure()).contains("injected failure while loading school 0102");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(out.resolve("2026-10/manifest-2026-10.csv")).doesNotExist();

        Path manifest = Files.createDirectories(out.resolve("2026-10/manifest-2026-10.csv"));
        RunOutcome manifestFailed = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(manifestFailed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(manifestFailed.failure()).contains("The manifest could not be written");
        assertThat(smtp.getReceivedMessages()).hasSize(5);

        Files.delete(manifest);
        RunOutcome finished = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(finished.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(stepsOfTheLastExecution()).as("finished steps are not run again").containsExactly("writeManifest");
        RunResults restarted = RunResults.of(jdbc, out.resolve("2026-10"));
        assertThat(restarted.kpis()).isNotEmpty().isEqualTo(clean.kpis());
        assertThat(restarted.attendanceRows()).isEqualTo(clean.attendanceRows());
        assertThat(restarted.attendanceMonths()).isEqualTo(clean.attendanceMonths());
        assertThat(restarted.sheetsLoaded()).isEqualTo(clean.sheetsLoaded());
        assertThat(restarted.files()).isEqualTo(clean.files())
                .contains("district-dashboard-2026-10.pdf", "manifest-2026-10.csv");
        assertThat(mail()).as("every e-mail sent once, with the same files").isEqualTo(cleanMail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_log WHERE outcome = 'SENT'").query(Integer.class).single())
                .isEqualTo(5);
    }

    private List<String> mail() throws Exception {
        List<String> mail = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mail.add(Arrays.stream(message.getAllRecipients()).map(Address::toString)
                    .collect(Collectors.joining(",")) + " " + message.getSubject());
        }
        return mail.stream().sorted().toList();
    }

    private List<String> stepsOfTheLastExecution() {
        return jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                + "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID")
                .query(String.class).list();
    }
}
