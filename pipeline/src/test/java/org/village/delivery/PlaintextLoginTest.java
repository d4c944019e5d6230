package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Issue 20: when the SMTP password would cross a network in clear text, on the sender Spring Boot configures. */
class PlaintextLoginTest {

    @Test
    void aPasswordToAnotherMachineWithoutRequiredTlsIsExposed() {
        JavaMailSenderImpl sender = sender("mail.riverbend.k12.us", "reports");
        sender.getJavaMailProperties().setProperty("mail.smtp.starttls.enable", "true");

        assertThat(PlaintextLogin.exposedTo(sender)).as("STARTTLS only if offered can be stripped on the way")
                .isEqualTo("mail.riverbend.k12.us");
    }

    @Test
    void requiredStartTlsOrSmtpsProtectsIt() {
        JavaMailSenderImpl startTls = sender("mail.riverbend.k12.us", "reports");
        startTls.getJavaMailProperties().setProperty("mail.smtp.starttls.required", "true");
        JavaMailSenderImpl smtps = sender("mail.riverbend.k12.us", "reports");
        smtps.setProtocol("smtps");
        JavaMailSenderImpl sslOnSmtp = sender("mail.riverbend.k12.us", "reports");
        sslOnSmtp.getJavaMailProperties().setProperty("mail.smtp.ssl.enable", "true");

        assertThat(PlaintextLogin.exposedTo(startTls)).isNull();
        assertThat(PlaintextLogin.exposedTo(smtps)).isNull();
        assertThat(PlaintextLogin.exposedTo(sslOnSmtp)).isNull();
    }

    @Test
    void noUsernameOrThisMachineSendsNoPasswordAcrossANetwork() {
        assertThat(PlaintextLogin.exposedTo(sender("mail.riverbend.k12.us", null))).isNull();
        assertThat(PlaintextLogin.exposedTo(sender("mail.riverbend.k12.us", ""))).isNull();
        for (String host : new String[] { "localhost", "127.0.0.1", "127.0.0.53", "::1", "[::1]" }) {
            assertThat(PlaintextLogin.exposedTo(sender(host, "reports"))).as(host).isNull();
        }
        for (String host : new String[] { "localhost.riverbend.k12.us", "10.0.0.5", "::2" }) {
            assertThat(PlaintextLogin.exposedTo(sender(host, "reports"))).as(host).isEqualTo(host);
        }
    }

    private static JavaMailSenderImpl sender(String host, String username) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setUsername(username);
        sender.setPassword("secret");
        return sender;
    }
}
