package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The reading settings' fingerprint, stored with each sheet so that a sheet held back or not recognised under other
 * settings is judged again: it must change with every setting that decides what a sheet reads as, and only with
 * those.
 */
class IngestPropertiesTest {

    private static final IngestProperties DEFAULTS = IngestProperties.defaults();

    @Test
    void changesWithEverySettingThatDecidesHowASheetReads() {
        List<IngestProperties> changed = List.of(
                new IngestProperties(Locale.UK, 1000, 0, new BigDecimal("0.05"), null, null, null, null),
                new IngestProperties(Locale.US, 1000, 0, new BigDecimal("0.10"), null, null, null, null),
                new IngestProperties(Locale.US, 1000, 0, new BigDecimal("0.05"),
                        Map.of("student-id", List.of("Pupil No")), null, null, null),
                new IngestProperties(Locale.US, 1000, 0, new BigDecimal("0.05"), null, Map.of("Yes", "present"),
                        null, null),
                new IngestProperties(Locale.US, 1000, 0, new BigDecimal("0.05"), null, null,
                        Map.of("A", new BigDecimal("4.0"), "F", BigDecimal.ZERO), Map.of("A", new BigDecimal("90"),
                                "F", BigDecimal.ZERO)));

        assertThat(changed).extracting(IngestProperties::readingFingerprint)
                .doesNotContain(DEFAULTS.readingFingerprint()).doesNotHaveDuplicates();
    }

    @Test
    void ignoresSettingsThatOnlyChangeHowFastFilesLoad() {
        IngestProperties faster = new IngestProperties(Locale.US, 5000, 8, new BigDecimal("0.050"), null, null,
                null, null);

        assertThat(faster.readingFingerprint()).isEqualTo(DEFAULTS.readingFingerprint()).hasSize(64);
    }

    @Test
    void doesNotDependOnTheOrderTheSettingsWereWrittenIn() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("ZZ", "excused");
        codes.put("Yes", "present");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("Yes", "present");
        reversed.put("ZZ", "excused");

        BigDecimal threshold = new BigDecimal("0.05");

        assertThat(new IngestProperties(Locale.US, 1000, 0, threshold, null, codes, null, null).readingFingerprint())
                .isEqualTo(new IngestProperties(Locale.US, 1000, 0, threshold, null, reversed, null, null)
                        .readingFingerprint());
    }
}
