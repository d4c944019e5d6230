package org.village.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.VillageApplication;
import org.village.delivery.DistrictInbox;

/**
 * Issue 20: a mail server on another machine, a username and no TLS would put the SMTP password on the network in
 * clear text. The run refuses before connecting, says how to fix it on one line, leaves every e-mail to the same
 * command and exits 1; nothing is sent, so the host need not exist.
 */
class PasswordInClearTextTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageCommandLine commandLine = new VillageCommandLine(VillageApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void aPasswordThatWouldGoInClearTextIsNotSentAndTheRunSaysHowToFixIt() throws Exception {
        DistrictInbox.writeTo(dir.resolve("inbox"), DistrictInbox.RECIPIENTS);

        int code = commandLine.execute(new String[] { "run", "--month", "2026-10",
                "--inbox", dir.resolve("inbox").toString(), "--out", dir.resolve("out").toString(),
                "--workdir", dir.resolve("work").toString(), "--spring.mail.host=mail.riverbend.invalid",
                "--spring.mail.username=reports", "--spring.mail.password=secret",
                "--spring.mail.properties.mail.smtp.starttls.enable=true" });

        String console = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(console + errors).isEqualTo(VillageCommandLine.RUN_FAILED);
        assertThat(console).contains("E-mails: 0 sent, 5 not sent (the same command sends them",
                "1 recipient(s) with no report this month");
        assertThat(errors).contains("village: 2026-10 failed: E-mailing stopped: the SMTP password would go to "
                + "mail.riverbend.invalid in clear text; require TLS (spring.mail.properties.mail.smtp.starttls"
                + ".required=true, or spring.mail.protocol=smtps) or accept the risk with "
                + "village.delivery.allow-plaintext=true. 5 of 5 e-mail(s) not sent");
    }
}
