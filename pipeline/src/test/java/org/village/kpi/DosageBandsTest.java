package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DosageBandsTest {

    @Test
    void aParticipantAtTheMinimumHasReachedItAndOneWithNoHoursRecordedHasNot() {
        Map<String, NowPeriod.Days> participants = Map.of("s1", new NowPeriod.Days(), "s2", new NowPeriod.Days(),
                "s3", new NowPeriod.Days(), "s4", new NowPeriod.Days());
        Map<String, BigDecimal> hours = Map.of("s1", new BigDecimal("6.00"), "s2", new BigDecimal("5.99"),
                "s3", new BigDecimal("12"));

        DosageBands bands = DosageBands.of(participants, hours, new BigDecimal("6"));

        assertThat(bands.reached()).containsOnlyKeys("s1", "s3");
        assertThat(bands.below()).containsOnlyKeys("s2", "s4");
        assertThat(bands.reached().get("s1")).isSameAs(participants.get("s1"));
    }
}
