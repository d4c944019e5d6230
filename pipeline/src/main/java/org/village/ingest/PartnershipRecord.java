package org.village.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An agreement between the district and a partner, with the schools it serves. */
record PartnershipRecord(long sourceId, String partnershipId, String partnerName, String partnershipType,
        LocalDate startDate, LocalDate endDate, LocalDate baselineStart, LocalDate baselineEnd,
        BigDecimal districtInvestment, BigDecimal partnerInvestment, String checkInCadence,
        BigDecimal minimumDosageHours, List<String> schools) {
}
