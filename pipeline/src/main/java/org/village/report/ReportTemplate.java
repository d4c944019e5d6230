package org.village.report;

import java.util.List;
import java.util.Map;

/**
 * One report's layout, from {@code report-templates/<report>.yml}: the message key of its title and its sections in
 * page order. A section may name its own heading (a message key) instead of the default {@code section.<name>}.
 */
public record ReportTemplate(String titleKey, List<Section> sections) {

    public ReportTemplate {
        sections = List.copyOf(sections);
    }

    public record Section(String name, Map<String, String> options) {

        public Section {
            options = Map.copyOf(options);
        }

        String headingKey() {
            return options.getOrDefault("heading", "section." + name);
        }
    }
}
