package org.village.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class RecipientRowProcessor implements ItemProcessor<DatasetRow, RecipientRecord> {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_ADDRESS = 254;

    private final RowChecks checks;

    RecipientRowProcessor(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public RecipientRecord process(DatasetRow row) {
        String email = checks.requiredText(row, Field.EMAIL);
        if (!EMAIL.matcher(email).matches()) {
            throw RowChecks.reject(Field.EMAIL, email, RejectReason.BAD_EMAIL,
                    "'" + email + "' is not an e-mail address.");
        }
        undeliverable(email).ifPresent(why -> {
            throw RowChecks.reject(Field.EMAIL, email, RejectReason.BAD_EMAIL,
                    "'" + email + "' cannot be delivered: " + why + ". Correct the address in the list.");
        });
        String receives = checks.requiredText(row, Field.RECEIVES);
        String[] parts = receives.split(":", 2);
        String scope = parts[0].trim().toUpperCase(Locale.ROOT);
        String scopeId = parts.length > 1 ? CellValues.identifier(parts[1]) : null;
        boolean valid = switch (scope) {
            case "DISTRICT", "BOARD" -> scopeId == null;
            case "SCHOOL", "PARTNERSHIP" -> scopeId != null && !scopeId.isEmpty();
            default -> false;
        };
        if (!valid) {
            throw RowChecks.reject(Field.RECEIVES, receives, RejectReason.UNKNOWN_CATEGORY, "'" + receives
                    + "' should be district, board, school:<school id> or partnership:<partnership id>.");
        }
        return new RecipientRecord(row.sourceId(), row.rowNumber(), checks.requiredText(row, Field.RECIPIENT_NAME),
                email, checks.optionalText(row, Field.ROLE), scope, scopeId);
    }

    /**
     * Why a mail server would refuse the address, found here so that the row is rejected with the list's file and
     * row rather than failing its e-mail at the end of the month: the limits of RFC 5321 (64 characters before the
     * {@code @}, 254 in all), and the RFC 822 syntax the mail library checks before it sends.
     */
    static Optional<String> undeliverable(String email) {
        String local = email.substring(0, email.lastIndexOf('@'));
        if (local.length() > MAX_LOCAL_PART) {
            return Optional.of("the part before the @ has " + local.length() + " characters, and mail servers take "
                    + "at most " + MAX_LOCAL_PART);
        }
        if (email.length() > MAX_ADDRESS) {
            return Optional.of("it has " + email.length() + " characters, and mail servers take at most "
                    + MAX_ADDRESS);
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before the @ starts or ends with a dot, or has two dots in a row");
        }
        try {
            new InternetAddress(email, true).validate();
            return Optional.empty();
        }
        catch (AddressException e) {
            return Optional.of("it is not a valid address (" + e.getMessage() + ")");
        }
    }
}
