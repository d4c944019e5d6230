package org.village.ingest.edfi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grade's credits: the available credits of the section its student section association names, matched on the
 * whole of the section's identity (section identifier, local course code, school, school year, session name). A grade
 * whose section is not among those sent, or whose section gives no credits, is left with none, and the course marks'
 * rule applies: it weighs one credit.
 */
final class SectionCredits implements Join {

    static final String CREDITS = "Credits";
    private static final int COLUMN = RecordKind.GRADE.header().indexOf(CREDITS);

    /** The school's place in a section's identity; schools are matched as enrolments are, leading zeros aside. */
    private static final int SCHOOL = 2;

    private final Map<String, String> credits = new HashMap<>();

    private SectionCredits() {
    }

    static SectionCredits read(Join.Records records) {
        SectionCredits join = new SectionCredits();
        records.each(Companion.SECTION, section -> {
            String credits = section.first(Companion.CREDITS);
            if (!credits.isEmpty()) {
                join.credits.putIfAbsent(key(section, Companion.SECTION_KEY), credits);
            }
        });
        return join;
    }

    @Override
    public void fill(String[] cells, EdFiRecord grade) {
        cells[COLUMN] = credits.getOrDefault(key(grade, RecordKind.SECTION_OF_GRADE), "");
    }

    private static String key(EdFiRecord record, List<RecordKind.Column> identity) {
        StringBuilder key = new StringBuilder();
        for (int part = 0; part < identity.size(); part++) {
            String value = record.first(identity.get(part));
            key.append(part == SCHOOL ? StudentGroups.sameId(value) : value).append('\t');
        }
        return key.toString();
    }
}
