package org.village.ingest.edfi;

import java.util.Locale;
import java.util.Map;

/**
 * Ed-Fi GradeLevelDescriptor code values (Data Standard 4 and 5) as the grades Village's roster knows: PK, K, 1 to
 * 12. Other levels (Infant/toddler, Postsecondary, Ungraded …) are passed on as sent, so the roster rejects them by
 * name.
 */
final class GradeLevels {

    private static final Map<String, String> VILLAGE = Map.ofEntries(
            Map.entry("preschool", "PK"), Map.entry("prekindergarten", "PK"),
            Map.entry("preschool/prekindergarten", "PK"), Map.entry("transitional kindergarten", "TK"),
            Map.entry("kindergarten", "K"), Map.entry("first grade", "1"), Map.entry("second grade", "2"),
            Map.entry("third grade", "3"), Map.entry("fourth grade", "4"), Map.entry("fifth grade", "5"),
            Map.entry("sixth grade", "6"), Map.entry("seventh grade", "7"), Map.entry("eighth grade", "8"),
            Map.entry("ninth grade", "9"), Map.entry("tenth grade", "10"), Map.entry("eleventh grade", "11"),
            Map.entry("twelfth grade", "12"));

    private GradeLevels() {
    }

    static String village(String codeValue) {
        return VILLAGE.getOrDefault(codeValue.strip().toLowerCase(Locale.ROOT), codeValue.strip());
    }
}
