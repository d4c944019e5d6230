package org.village.ingest;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The header names Village accepts for each field: the built-in SIS names of {@link Field} plus the district's own,
 * from configuration ({@code village.ingest.headers.student-id=Pupil No, Learner Ref}), so a district whose exports
 * say something unusual adds a line of configuration, not code.
 */
final class HeaderDictionary {

    private final Map<Field, Set<String>> extra;

    private HeaderDictionary(Map<Field, Set<String>> extra) {
        this.extra = extra;
    }

    static HeaderDictionary builtIn() {
        return new HeaderDictionary(Map.of());
    }

    /**
     * @param configured field keys as in the guide ("student-id", "days present", "DAYS_PRESENT" all work) to header
     *                   names as they appear in the district's files
     */
    static HeaderDictionary withDistrictNames(Map<String, List<String>> configured) {
        Map<Field, Set<String>> extra = new EnumMap<>(Field.class);
        configured.forEach((key, names) -> extra.computeIfAbsent(field(key), f -> new HashSet<>())
                .addAll(names.stream().map(Field::normalise).filter(n -> !n.isEmpty()).toList()));
        return new HeaderDictionary(extra);
    }

    private static Field field(String key) {
        String wanted = Field.normalise(key);
        return Stream.of(Field.values())
                .filter(f -> Field.normalise(f.name()).equals(wanted) || Field.normalise(f.label()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("village.ingest.headers." + key
                        + " names no field Village knows; use one of " + Stream.of(Field.values())
                                .map(f -> settingFor(f).substring("village.ingest.headers.".length()))
                                .collect(Collectors.joining(", "))));
    }

    boolean matches(Field field, String normalisedHeader) {
        return tier(field, normalisedHeader) != null;
    }

    /**
     * How strongly a header names a field, or null when it does not: the district's own name for it always wins,
     * then the field's own name ("Attendance Code"), then one of its synonyms ("all_day", "Status").
     */
    MatchTier tier(Field field, String normalisedHeader) {
        if (extra.getOrDefault(field, Set.of()).contains(normalisedHeader)) {
            return MatchTier.CONFIGURED;
        }
        if (field.ownName().equals(normalisedHeader)) {
            return MatchTier.OWN_NAME;
        }
        return field.matches(normalisedHeader) ? MatchTier.SYNONYM : null;
    }

    /** Strongest first, so that the natural order of the constants is the order of preference. */
    enum MatchTier { CONFIGURED, OWN_NAME, SYNONYM }

    /** The setting that names a field's column, as a district writes it in its configuration. */
    static String settingFor(Field field) {
        return "village.ingest.headers." + field.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The district's own names for a field, for the guide. */
    Set<String> districtNames(Field field) {
        return extra.getOrDefault(field, Set.of());
    }
}
