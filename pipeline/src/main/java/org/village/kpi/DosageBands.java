package org.village.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A partnership's participants split by whether their hours so far reached its minimum dosage: the two bands whose
 * effects are estimated apart. A participant with no hours recorded is below it.
 */
record DosageBands(Map<String, NowPeriod.Days> reached, Map<String, NowPeriod.Days> below) {

    static DosageBands of(Map<String, NowPeriod.Days> participants, Map<String, BigDecimal> hours,
            BigDecimal minimumHours) {
        Map<String, NowPeriod.Days> reached = new HashMap<>();
        Map<String, NowPeriod.Days> below = new HashMap<>();
        participants.forEach((student, days) -> {
            BigDecimal studentHours = hours.getOrDefault(student, BigDecimal.ZERO);
            (studentHours.compareTo(minimumHours) >= 0 ? reached : below).put(student, days);
        });
        return new DosageBands(reached, below);
    }
}
