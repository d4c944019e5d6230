package org.village.delivery;

import java.util.Locale;

/** One line of the distribution list: {@code scope} DISTRICT, BOARD, SCHOOL or PARTNERSHIP (with its id). */
record Recipient(String name, String email, String scope, String scopeId) {

    String scopeLabel() {
        String kind = scope.toLowerCase(Locale.ROOT);
        return scopeId == null ? kind : kind + " " + scopeId;
    }
}
