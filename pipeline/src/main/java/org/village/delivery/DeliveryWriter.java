package org.village.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.village.output.MonthFolder;

/**
 * Sends (or, in a dry run, writes) one e-mail per item and records the outcome in the send log in the same
 * transaction. The step commits after every e-mail, so a run killed part-way resumes with the next address and never
 * sends a recorded one again. A send that fails is retried after a growing wait, then recorded as failed: one
 * unreachable address must not stop the others or fail the run.
 */
class DeliveryWriter implements ItemWriter<Delivery> {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWriter.class);

    private final long jobInstanceId;
    private final MonthFolder folder;
    private final JavaMailSender mailSender;
    private final boolean dryRun;
    private final ReportMail mail;
    private final DeliveryProperties properties;
    private final DeliveryLog deliveryLog;

    DeliveryWriter(long jobInstanceId, MonthFolder folder, JavaMailSender mailSender, boolean dryRun, ReportMail mail,
            DeliveryProperties properties, DeliveryLog deliveryLog) {
        this.jobInstanceId = jobInstanceId;
        this.folder = folder;
        this.mailSender = mailSender;
        this.dryRun = dryRun;
        this.mail = mail;
        this.properties = properties;
        this.deliveryLog = deliveryLog;
    }

    @Override
    public void write(Chunk<? extends Delivery> deliveries) throws InterruptedException {
        for (Delivery delivery : deliveries) {
            if (!delivery.hasFiles()) {
                record(delivery, 0, DeliveryLog.Outcome.NO_REPORT, String.join("; ", delivery.missing()));
                log.info("No report for {} this month ({}).", delivery.email(), String.join(", ", delivery.scopes()));
            }
            else {
                try {
                    if (dryRun) {
                        Path eml = writeEml(delivery);
                        record(delivery, 1, DeliveryLog.Outcome.WRITTEN,
                                folder.directory().relativize(eml).toString());
                    }
                    else {
                        send(delivery);
                    }
                }
                catch (MessagingException | IOException e) {
                    // An address the mail library refuses, or an outbox that cannot be written: this recipient
                    // fails, the others still get theirs.
                    record(delivery, 1, DeliveryLog.Outcome.FAILED, "the e-mail could not be made: " + firstLine(e));
                    log.warn("Could not make the e-mail to {}: {}", delivery.email(), firstLine(e));
                }
            }
        }
    }

    private void send(Delivery delivery) throws MessagingException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            MimeMessage message = mailSender.createMimeMessage();
            mail.fill(message, delivery, month());
            try {
                mailSender.send(message);
                record(delivery, attempt, DeliveryLog.Outcome.SENT, null);
                log.info("E-mailed {} file(s) to {}.", delivery.files().size(), delivery.email());
                return;
            }
            catch (MailException e) {
                String reason = firstLine(e);
                record(delivery, attempt, DeliveryLog.Outcome.FAILED, reason);
                if (attempt >= properties.maxAttempts()) {
                    log.warn("Could not e-mail {} after {} tries: {}", delivery.email(), attempt, reason);
                    return;
                }
                log.info("E-mail to {} failed (try {} of {}): {}; trying again in {} s.", delivery.email(), attempt,
                        properties.maxAttempts(), reason, properties.waitAfter(attempt).toMillis() / 1000.0);
                Thread.sleep(properties.waitAfter(attempt).toMillis());
            }
        }
    }

    private Path writeEml(Delivery delivery) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        mail.fill(message, delivery, month());
        Path target = delivery.emlFile(folder);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Dry run: wrote the e-mail to {} as {}.", delivery.email(), target);
        return target;
    }

    private void record(Delivery delivery, int attempt, DeliveryLog.Outcome outcome, String detail) {
        deliveryLog.record(jobInstanceId, month(), delivery, folder.directory(), attempt, outcome, detail);
    }

    private YearMonth month() {
        return folder.month();
    }

    private static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(message);
    }
}
