package org.village.generate;

import java.time.LocalDate;

/** Money or goods given to a partnership: kind is cash, in-kind or grant; source is district or partner. */
record Contribution(String partnershipId, LocalDate date, String kind, double amount, String description,
        String source) {
}
