package org.village.monthly;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reports say about who publishes them, and how they are laid out.
 *
 * @param districtName printed on every report unless the theme names the district; the default is the sample's
 * @param templates the district's report templates; a file missing there (or the whole folder) is taken from the
 *        copy packaged in the jar
 * @param language the reports' language: {@code en} or {@code es} (any with a {@code messages_<language>.properties})
 * @param threads school and story reports rendered at once; 0 means one per core
 */
@ConfigurationProperties("village.report")
public record ReportProperties(
        @DefaultValue("Riverbend Unified School District") String districtName,
        @DefaultValue("report-templates") Path templates,
        @DefaultValue("en") String language,
        @DefaultValue("0") int threads) {

    int renderThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
