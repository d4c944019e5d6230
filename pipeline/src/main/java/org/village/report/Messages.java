package org.village.report;

import java.util.Locale;
import java.util.Map;

/**
 * The wording of the reports in one language, from {@code report-templates/messages_<language>.properties}. A text may
 * hold placeholders such as {@code {district}} or {@code {month}}, filled from the arguments given.
 */
public record Messages(Locale locale, Map<String, String> texts) {

    public Messages {
        texts = Map.copyOf(texts);
    }

    /** The text for {@code key}; a key the files lack is a template mistake, reported with the key's name. */
    public String text(String key, Object... namesAndValues) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("The report templates have no text '" + key + "' in messages_"
                    + locale.getLanguage() + ".properties");
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
