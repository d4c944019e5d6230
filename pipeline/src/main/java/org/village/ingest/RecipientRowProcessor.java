package org.village.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class RecipientRowProcessor implements ItemProcessor<DatasetRow, RecipientRecord> {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
}
