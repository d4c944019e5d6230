package org.village.delivery;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The e-mail a recipient gets: a short UTF-8 note naming what is attached and what did not exist this month. */
final class ReportMail {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final DeliveryProperties properties;
    private final String districtName;

    ReportMail(DeliveryProperties properties, String districtName) {
        this.properties = properties;
        this.districtName = districtName;
    }

    void fill(MimeMessage message, Delivery delivery, YearMonth month) throws MessagingException {
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
        body.append("\nFigures about fewer than 10 students are not shown, to protect their privacy.\n");
        helper.setText(body.toString());
        for (Path file : delivery.files()) {
            helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
        }
    }
}
