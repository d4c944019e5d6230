package org.village.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.village.ingest.DataGuide;

/** The data guide, written in ingest, which cannot see this package, describes every plausibility check. */
class DataWarningGuideTest {

    @Test
    void theGuideListsEveryCheckInItsOwnWords() {
        String guide = DataGuide.markdown();

        for (DataWarning.Check check : DataWarning.Check.values()) {
            assertThat(guide).as(check.name()).contains("- " + check.guide() + "\n");
        }
    }
}
