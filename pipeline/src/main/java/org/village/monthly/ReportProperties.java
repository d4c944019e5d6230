package org.village.monthly;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reports say about who publishes them.
 *
 * @param districtName printed on every report; the default is the sample district's
 */
@ConfigurationProperties("village.report")
public record ReportProperties(@DefaultValue("Riverbend Unified School District") String districtName) {
}
