package org.village.ingest;

/** Someone on the distribution list: {@code scope} DISTRICT, BOARD, SCHOOL or PARTNERSHIP. */
record RecipientRecord(long sourceId, int sourceRow, String name, String email, String role, String scope,
        String scopeId) {
}
