package org.village.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means for the rest of the delivery, read from the server's reply code where it gave one: 5xx is
 * final and 4xx worth another try (RFC 5321, 4.2.1). A refusal of the recipient's address (at RCPT TO) concerns that
 * address alone; anything else (the login, the sender, the message, no answer at all) concerns the server, so every
 * other e-mail would meet it too. No reply code (the server could not be reached, the connection broke) is taken as
 * worth another try.
 *
 * @param permanent the server said no for good: trying again cannot help
 * @param recipientOnly only this address is concerned
 * @param login the server refused the login (spring.mail.username and password)
 * @param reason the server's reply, or what went wrong, on one line
 */
record SmtpFailure(boolean permanent, boolean recipientOnly, boolean login, String reason) {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

    static SmtpFailure of(MailException error) {
        for (Throwable cause : causes(error)) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return new SmtpFailure(refused.getReturnCode() >= 500, true, false, firstLine(refused));
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return new SmtpFailure(failed.getReturnCode() >= 500, false, false, firstLine(failed));
            }
            if (cause instanceof AuthenticationFailedException refused) {
                // No reply code: the client and server share no way to log in, which no retry changes.
                Matcher code = REPLY_CODE.matcher(refused.getMessage() == null ? "" : refused.getMessage());
                return new SmtpFailure(!code.find() || !code.group(1).equals("4"), false, true, firstLine(refused));
            }
        }
        return new SmtpFailure(false, false, false, firstLine(rootOf(error)));
    }

    /**
     * Every exception behind a failed send, outermost first: Spring puts each message's own exception in a map
     * rather than the cause, and Jakarta Mail chains the refusals of several addresses as "next" exceptions.
     */
    private static Iterable<Throwable> causes(MailException error) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> queue = new ArrayDeque<>();
        queue.add(error);
        Deque<Throwable> ordered = new ArrayDeque<>();
        while (!queue.isEmpty()) {
            Throwable next = queue.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            ordered.add(next);
            if (next instanceof MailSendException send) {
                queue.addAll(send.getFailedMessages().values());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                queue.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                queue.add(next.getCause());
            }
        }
        return ordered;
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String firstLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(message)
                .replaceAll("\\s+", " ");
    }
}
