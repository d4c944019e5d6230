package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What each kind of failed send means, on the exceptions Angus Mail throws and Spring wraps them in, built as they
 * build them (a server that answers RCPT TO with 550 is not something GreenMail can be made to do).
 */
class SmtpFailureTest {

    @Test
    void anAddressRefusedForGoodConcernsThatAddressAlone() throws Exception {
        SmtpFailure failure = SmtpFailure.of(sendFailed(new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("ghost@district.example"),
                        "RCPT TO:<ghost@district.example>", 550, "550 5.1.1 <ghost@district.example>: no such user"))));

        assertThat(failure).isEqualTo(new SmtpFailure(true, true, false,
                "550 5.1.1 <ghost@district.example>: no such user"));
    }

    @Test
    void anAddressRefusedForNowIsWorthAnotherTry() throws Exception {
        SmtpFailure failure = SmtpFailure.of(sendFailed(new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("ana@district.example"),
                        "RCPT TO:<ana@district.example>", 450, "450 4.2.1 mailbox busy"))));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.recipientOnly()).isTrue();
    }

    @Test
    void aRefusedMessageOrSenderConcernsTheServerAndA4xxIsWorthAnotherTry() {
        SmtpFailure refused = SmtpFailure.of(sendFailed(new SMTPSendFailedException("MAIL FROM", 553,
                "553 5.7.1 sender not allowed", null, null, null, null)));
        SmtpFailure later = SmtpFailure.of(sendFailed(new SMTPSendFailedException(".", 451,
                "451 Requested action aborted: local error in processing", null, null, null, null)));

        assertThat(refused).isEqualTo(new SmtpFailure(true, false, false, "553 5.7.1 sender not allowed"));
        assertThat(later.permanent()).isFalse();
        assertThat(later.recipientOnly()).isFalse();
    }

    @Test
    void aRefusedLoginIsFinalUnlessTheServerSaysTryLater() {
        SmtpFailure refused = SmtpFailure.of(new MailAuthenticationException(
                new AuthenticationFailedException("535 5.7.8  Authentication credentials invalid")));
        SmtpFailure later = SmtpFailure.of(new MailAuthenticationException(
                new AuthenticationFailedException("454 4.7.0 Temporary authentication failure")));
        SmtpFailure noCommonWay = SmtpFailure.of(new MailAuthenticationException(
                new AuthenticationFailedException("No authentication mechanisms supported by both server and client")));

        assertThat(refused).isEqualTo(new SmtpFailure(true, false, true, "535 5.7.8 Authentication credentials invalid"));
        assertThat(later.permanent()).isFalse();
        assertThat(noCommonWay.permanent()).isTrue();
    }

    @Test
    void aServerThatCannotBeReachedIsWorthAnotherTry() {
        MessagingException connect = new MessagingException("Couldn't connect to host, port: mail.example, 587",
                new ConnectException("Connection refused"));
        SmtpFailure failure = SmtpFailure.of(new MailSendException("Mail server connection failed", connect,
                Map.of(new Object(), connect)));

        assertThat(failure).isEqualTo(new SmtpFailure(false, false, false, "Connection refused"));
    }

    /** As Spring reports a message that failed on a connected server: in its map, not as the cause. */
    private static MailSendException sendFailed(Exception perMessage) {
        return new MailSendException(Map.of(new Object(), perMessage));
    }
}
