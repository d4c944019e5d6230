package org.village.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.village.output.MonthFolder;

/**
 * Sends (or, in a dry run, writes) the month's e-mails that this run still owes, one per call, so the step's counts
 * move as they go. Each try is in the send log before the e-mail goes to the server and gets its outcome after
 * ({@link DeliveryLog}); a restarted run sends what failed, what was not tried and what it cannot know was sent, and
 * nothing else.
 * <p>
 * An e-mail cut off while the server had it (the row still says SENDING) is sent again with the same Message-ID, and
 * the run's summary names its address: a report that never arrives costs the district more than a second, identical
 * copy that mail systems de-duplicating by Message-ID drop, and a run that held it back for a person would leave the
 * month unfinished until someone came.
 * <p>
 * Failures (see {@link SmtpFailure}): an address the server refuses for good (5xx at RCPT TO) is recorded as refused
 * and the others go on; sending to it again cannot help until the distribution list is corrected, so it is reported,
 * not owed, and the month still finishes. An address refused for now is tried again after a growing wait, then
 * fails. A permanent refusal that is not about the
 * address (the login, the sender, the message) stops the delivery at once, and so does a server that still cannot be
 * reached, or still answers "try later", after every try for one e-mail: every other e-mail would meet the same, and
 * waiting for each in turn took a quarter of an hour. The step then fails, saying how many e-mails are unsent, so the
 * month is not finished until they are, and the same command sends them.
 */
class DeliveryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTasklet.class);

    private final long jobInstanceId;
    private final MonthFolder folder;
    private final List<Delivery> planned;
    private final JavaMailSender mailSender;
    private final ReportMail mail;
    private final DeliveryProperties properties;
    private final DeliveryLog deliveryLog;
    /** What this execution still has to send; filled on the first call, when the send log is read. */
    private Deque<Delivery> pending;

    DeliveryTasklet(long jobInstanceId, MonthFolder folder, List<Delivery> planned, JavaMailSender mailSender,
            ReportMail mail, DeliveryProperties properties, DeliveryLog deliveryLog) {
        this.jobInstanceId = jobInstanceId;
        this.folder = folder;
        this.planned = planned;
        this.mailSender = mailSender;
        this.mail = mail;
        this.properties = properties;
        this.deliveryLog = deliveryLog;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws InterruptedException {
        if (pending == null) {
            pending = owed();
            refusePlaintextLogin();
        }
        Delivery delivery = pending.poll();
        if (delivery == null) {
            failIfUnsent();
            return RepeatStatus.FINISHED;
        }
        contribution.incrementReadCount();
        DeliveryLog.Outcome outcome = deliver(delivery);
        if (outcome == DeliveryLog.Outcome.SENT || outcome == DeliveryLog.Outcome.WRITTEN) {
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.CONTINUABLE;
    }

    /** Everyone on the list, less those the send log says this run already dealt with. */
    private Deque<Delivery> owed() {
        Deque<Delivery> owed = new ArrayDeque<>();
        if (planned.isEmpty()) {
            log.info("Nobody is on the distribution list, so no e-mail goes out for {}.", month());
            return owed;
        }
        if (!folder.dryRun() && mailSender == null) {
            log.info("No mail server is configured (spring.mail.host), so the {} e-mail(s) for {} were not sent; "
                    + "--dry-run writes them to the output folder instead.", planned.size(), month());
            return owed;
        }
        Map<String, DeliveryLog.Outcome> latest = deliveryLog.latestOutcomes(jobInstanceId);
        for (Delivery delivery : planned) {
            DeliveryLog.Outcome outcome = latest.get(key(delivery));
            if (outcome == DeliveryLog.Outcome.SENDING) {
                log.warn("The last try stopped while the mail server had the e-mail to {}, so it may have arrived; "
                        + "sending it again with the same Message-ID.", delivery.email());
            }
            if (outcome == null || outcome.owed()) {
                owed.add(delivery);
            }
        }
        if (owed.size() < planned.size()) {
            log.info("{} of {} e-mail(s) were dealt with before this restart; not sending them again.",
                    planned.size() - owed.size(), planned.size());
        }
        return owed;
    }

    private void refusePlaintextLogin() {
        if (folder.dryRun() || pending.stream().noneMatch(Delivery::hasFiles)
                || !(mailSender instanceof JavaMailSenderImpl server)) {
            return;
        }
        String host = PlaintextLogin.exposedTo(server);
        if (host == null) {
            return;
        }
        if (properties.allowPlaintext()) {
            log.warn("The SMTP password goes to {} in clear text (village.delivery.allow-plaintext=true).", host);
            return;
        }
        throw stopped("the SMTP password would go to " + host + " in clear text; require TLS "
                + "(spring.mail.properties.mail.smtp.starttls.required=true, or spring.mail.protocol=smtps) or "
                + "accept the risk with village.delivery.allow-plaintext=true");
    }

    private DeliveryLog.Outcome deliver(Delivery delivery) throws InterruptedException {
        if (!delivery.hasFiles()) {
            record(delivery, 0, DeliveryLog.Outcome.NO_REPORT, String.join("; ", delivery.missing()));
            log.info("No report for {} this month ({}).", delivery.email(), String.join(", ", delivery.scopes()));
            return DeliveryLog.Outcome.NO_REPORT;
        }
        try {
            if (folder.dryRun()) {
                Path eml = writeEml(delivery);
                record(delivery, 1, DeliveryLog.Outcome.WRITTEN, folder.directory().relativize(eml).toString());
                return DeliveryLog.Outcome.WRITTEN;
            }
            return send(delivery);
        }
        catch (MessagingException | IOException e) {
            // An address the mail library refuses, or an outbox that cannot be written: this recipient fails, the
            // others still get theirs.
            record(delivery, 1, DeliveryLog.Outcome.FAILED,
                    "the e-mail could not be made: " + SmtpFailure.firstLine(e));
            log.warn("Could not make the e-mail to {}: {}", delivery.email(), SmtpFailure.firstLine(e));
            return DeliveryLog.Outcome.FAILED;
        }
    }

    /** Stops the whole delivery ({@link #stopped}) at a failure that every other e-mail would meet too. */
    private DeliveryLog.Outcome send(Delivery delivery) throws MessagingException, InterruptedException {
        String messageId = mail.messageId(month(), jobInstanceId, delivery.email());
        for (int attempt = 1; ; attempt++) {
            MimeMessage message = mailSender.createMimeMessage();
            mail.fill(message, delivery, month(), messageId);
            long row = deliveryLog.intent(jobInstanceId, month(), delivery, folder.directory(), attempt, messageId);
            try {
                mailSender.send(message);
                deliveryLog.outcome(row, DeliveryLog.Outcome.SENT, null);
                log.info("E-mailed {} file(s) to {}.", delivery.files().size(), delivery.email());
                return DeliveryLog.Outcome.SENT;
            }
            catch (MailException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                if (failure.permanent() && failure.recipientOnly()) {
                    deliveryLog.outcome(row, DeliveryLog.Outcome.REFUSED, failure.reason());
                    log.warn("The mail server refused {} for good: {}", delivery.email(), failure.reason());
                    return DeliveryLog.Outcome.REFUSED;
                }
                deliveryLog.outcome(row, DeliveryLog.Outcome.FAILED, failure.reason());
                if (failure.permanent() && failure.login()) {
                    throw stopped("the mail server refused the login (" + failure.reason()
                            + "); check spring.mail.username and spring.mail.password");
                }
                if (failure.permanent() && !failure.recipientOnly()) {
                    throw stopped("the mail server refused the e-mail to " + delivery.email() + " ("
                            + failure.reason() + ")");
                }
                if (!failure.recipientOnly() && attempt >= properties.maxAttempts()) {
                    throw stopped("the mail server still failed after " + attempt + " tries (" + failure.reason()
                            + ")");
                }
                if (attempt >= properties.maxAttempts()) {
                    log.warn("Could not e-mail {} after {} tr{}: {}", delivery.email(), attempt,
                            attempt == 1 ? "y" : "ies", failure.reason());
                    return DeliveryLog.Outcome.FAILED;
                }
                log.info("E-mail to {} failed (try {} of {}): {}; trying again in {} s.", delivery.email(), attempt,
                        properties.maxAttempts(), failure.reason(), properties.waitAfter(attempt).toMillis() / 1000.0);
                Thread.sleep(properties.waitAfter(attempt).toMillis());
            }
        }
    }

    /**
     * The step's failure when the delivery stops; the e-mails not tried are recorded as such first, so the summary
     * and {@code status} count them.
     */
    private UnsentEmails stopped(String reason) {
        for (Delivery delivery = pending.poll(); delivery != null; delivery = pending.poll()) {
            if (delivery.hasFiles()) {
                record(delivery, 0, DeliveryLog.Outcome.NOT_SENT, "not tried: " + reason);
            }
            else {
                record(delivery, 0, DeliveryLog.Outcome.NO_REPORT, String.join("; ", delivery.missing()));
            }
        }
        return new UnsentEmails("E-mailing stopped: " + reason + ". " + unsentSentence());
    }

    private void failIfUnsent() {
        if (folder.dryRun() || mailSender != null) {
            Map<String, DeliveryLog.Outcome> latest = deliveryLog.latestOutcomes(jobInstanceId);
            if (planned.stream().anyMatch(delivery -> isOwed(latest, delivery))) {
                throw new UnsentEmails(unsentSentence());
            }
        }
    }

    private String unsentSentence() {
        Map<String, DeliveryLog.Outcome> latest = deliveryLog.latestOutcomes(jobInstanceId);
        long unsent = planned.stream().filter(delivery -> isOwed(latest, delivery)).count();
        long due = planned.stream().filter(Delivery::hasFiles).count();
        return unsent + " of " + due + " e-mail(s) not sent (see status and village.log); the same command sends "
                + "them, and not those already sent";
    }

    private static boolean isOwed(Map<String, DeliveryLog.Outcome> latest, Delivery delivery) {
        DeliveryLog.Outcome outcome = latest.get(key(delivery));
        return delivery.hasFiles() && (outcome == null || outcome.owed());
    }

    private Path writeEml(Delivery delivery) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        String messageId = mail.messageId(month(), jobInstanceId, delivery.email());
        mail.fill(message, delivery, month(), messageId);
        message.saveChanges();
        // saveChanges gives the message a new Message-ID of its own; the outbox shows the one a send would use.
        message.setHeader("Message-ID", messageId);
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

    private static String key(Delivery delivery) {
        return delivery.email().toLowerCase(Locale.ROOT);
    }

    /** The step's failure: one line for the run's summary, no stack trace needed to act on it. */
    static final class UnsentEmails extends RuntimeException {

        UnsentEmails(String message) {
            super(message);
        }
    }
}
