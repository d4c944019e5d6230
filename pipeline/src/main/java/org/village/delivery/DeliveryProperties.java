package org.village.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports are e-mailed. The mail server itself is Spring's {@code spring.mail.host}, {@code port},
 * {@code username}, {@code password}, {@code protocol} and {@code properties.mail.smtp.starttls.required}; without a
 * host nothing is sent, and the run says so.
 *
 * @param from the sender's address, e.g. {@code "Riverbend Reports <reports@riverbend.k12.us>"}
 * @param subject the subject line; {@code {month}} becomes the month, e.g. "October 2026"
 * @param maxAttempts tries per e-mail while the server says "try later" or cannot be reached
 * @param backoff the wait after the first failed try; each later wait is {@code backoffMultiplier} times longer
 * @param backoffMultiplier how much longer each wait is than the one before
 * @param allowPlaintext send the SMTP password to a server on another machine without TLS (neither SMTPS nor a
 *         required STARTTLS); refused unless this is true, because anyone on the way can read it
 */
@ConfigurationProperties("village.delivery")
public record DeliveryProperties(
        @DefaultValue("reports@localhost") String from,
        @DefaultValue("Partnership reports for {month}") String subject,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("10s") Duration backoff,
        @DefaultValue("3") double backoffMultiplier,
        @DefaultValue("false") boolean allowPlaintext) {

    public DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("village.delivery.max-attempts must be at least 1");
        }
    }

    Duration waitAfter(int attempt) {
        return Duration.ofMillis((long) (backoff.toMillis() * Math.pow(backoffMultiplier, attempt - 1)));
    }
}
