package org.village.ingest;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the district's files are read.
 *
 * @param dateLocale decides whether 03/04/2026 is March 4 (en-US) or 3 April (en-GB, es-ES) in text dates
 * @param chunkSize  rows committed per transaction while loading
 */
@ConfigurationProperties("village.ingest")
public record IngestProperties(@DefaultValue("en-US") Locale dateLocale, @DefaultValue("1000") int chunkSize) {

    boolean dayBeforeMonth() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, dateLocale);
        return pattern.indexOf('d') < pattern.indexOf('M');
    }
}
