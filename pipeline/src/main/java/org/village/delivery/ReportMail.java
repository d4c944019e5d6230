package org.village.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.village.infrastructure.Sha256;

/** The e-mail a recipient gets: a short UTF-8 note naming what is attached and what did not exist this month. */
final class ReportMail {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final DeliveryProperties properties;
    private final String districtName;
    private final int minimumGroupSize;

    ReportMail(DeliveryProperties properties, String districtName, int minimumGroupSize) {
        this.properties = properties;
        this.districtName = districtName;
        this.minimumGroupSize = minimumGroupSize;
    }

    /**
     * The e-mail's Message-ID: the same for every try to one address in one run, so that an e-mail sent again after
     * a run was cut off while the server had it is recognisable as the same e-mail (mail systems that de-duplicate
     * by Message-ID keep one copy). A run made on purpose ({@code --force}, or new files) has new ones.
     */
    String messageId(YearMonth month, long run, String email) {
        byte[] digest = Sha256.newDigest().digest(email.strip().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
        String address = HexFormat.of().formatHex(digest, 0, 8);
        return "<village." + month + "." + run + "." + address + "@" + senderDomain() + ">";
    }

    private String senderDomain() {
        try {
            String sender = new InternetAddress(properties.from()).getAddress();
            int at = sender.lastIndexOf('@');
            return at < 0 || at == sender.length() - 1 ? "localhost" : sender.substring(at + 1);
        }
        catch (AddressException e) {
            return "localhost";
        }
    }

    void fill(MimeMessage message, Delivery delivery, YearMonth month, String messageId) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(delivery.email());
        String monthName = MONTH.format(month);
        helper.setSubject(properties.subject().replace("{month}", monthName));
        StringBuilder body = new StringBuilder()
                .append("Dear ").append(delivery.name()).append(",\n\n")
                .append("Attached are ").append(districtName).append("'s reports for ").append(monthName)
                .append(" that you receive (").append(String.join(", ", delivery.scopes())).append("):\n\n");
        for (Path file : delivery.files()) {
            body.append("  - ").append(file.getFileName()).append('\n');
        }
        if (!delivery.missing().isEmpty()) {
            body.append("\nNot attached:\n\n");
            delivery.missing().forEach(line -> body.append("  - ").append(line).append('\n'));
        }
        body.append("\nFigures about fewer than ").append(minimumGroupSize)
                .append(" students are not shown, to protect their privacy.\n");
        helper.setText(body.toString());
        for (Path file : delivery.files()) {
            helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
        }
        message.setHeader("Message-ID", messageId);
    }
}
