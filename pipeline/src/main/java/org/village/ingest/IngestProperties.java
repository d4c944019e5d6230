package org.village.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.village.infrastructure.Sha256;

/**
 * How the district's files are read.
 *
 * @param dateLocale      decides whether 03/04/2026 is March 4 (en-US) or 3 April (en-GB, es-ES) in text dates
 * @param chunkSize       rows committed per transaction while loading
 * @param threads         files loaded at once; 0 means one per processor core
 * @param rejectThreshold share of a file's rows that may be rejected before the whole file is held back
 * @param headers         the district's own header names, by field ({@code student-id: [Pupil No]})
 * @param attendanceCodes the district's own attendance codes and what they mean ({@code ZZ: excused})
 * @param gradeLetters    grade points per letter, replacing the built-in 4.0 scale when given
 * @param percentBands    lowest percentage for each letter, replacing the built-in bands when given
 */
@ConfigurationProperties("village.ingest")
public record IngestProperties(
        @DefaultValue("en-US") Locale dateLocale,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("0") int threads,
        @DefaultValue("0.05") BigDecimal rejectThreshold,
        Map<String, List<String>> headers,
        Map<String, String> attendanceCodes,
        Map<String, BigDecimal> gradeLetters,
        Map<String, BigDecimal> percentBands) {

    public IngestProperties {
        headers = headers == null ? Map.of() : headers;
        attendanceCodes = attendanceCodes == null ? Map.of() : attendanceCodes;
        gradeLetters = gradeLetters == null || gradeLetters.isEmpty() ? GradeScale.DEFAULT_LETTERS : gradeLetters;
        percentBands = percentBands == null || percentBands.isEmpty() ? GradeScale.DEFAULT_PERCENT_BANDS
                : percentBands;
    }

    /** Defaults throughout, as a district with no configuration gets them. */
    static IngestProperties defaults() {
        return new IngestProperties(Locale.US, 1000, 0, new BigDecimal("0.05"), null, null, null, null);
    }

    boolean dayBeforeMonth() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, dateLocale);
        return pattern.indexOf('d') < pattern.indexOf('M');
    }

    /**
     * The settings that decide how a sheet is judged and read, as a hash: a sheet that was held back or not
     * recognised under other settings is judged again ({@link InboxRegistrationTasklet}). Chunk size and threads
     * change how fast a file loads, never what loads, so they are left out.
     */
    String readingFingerprint() {
        String settings = String.join("\n", dateLocale.toLanguageTag() + (dayBeforeMonth() ? " day first" : ""),
                rejectThreshold.stripTrailingZeros().toPlainString(), new TreeMap<>(headers).toString(),
                new TreeMap<>(attendanceCodes).toString(), new TreeMap<>(gradeLetters).toString(),
                new TreeMap<>(percentBands).toString());
        return HexFormat.of().formatHex(Sha256.newDigest().digest(settings.getBytes(StandardCharsets.UTF_8)));
    }

    int loaderThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    HeaderDictionary dictionary() {
        return HeaderDictionary.withDistrictNames(headers);
    }

    GradeScale gradeScale() {
        return new GradeScale(gradeLetters, percentBands);
    }

    AttendanceCodes codes() {
        return new AttendanceCodes(attendanceCodes);
    }

    ColumnEvidence columnEvidence() {
        return new ColumnEvidence(new CellValues(dayBeforeMonth()), codes(), gradeScale());
    }
}
