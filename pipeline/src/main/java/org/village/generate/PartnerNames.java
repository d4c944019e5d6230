package org.village.generate;

import java.util.List;
import java.util.Map;

/** Fictional partner organisations, a few per kind of partnership; larger districts get numbered chapters. */
final class PartnerNames {

    private static final Map<PartnershipType, List<String>> NAMES = Map.of(
            PartnershipType.MENTORING, List.of("Bridges Mentoring Network", "Compass Mentors",
                    "Harbor Lights Mentoring"),
            PartnershipType.TUTORING, List.of("Bright Futures Tutoring", "Number Sense Tutors",
                    "ReadUp Literacy Corps"),
            PartnershipType.HEALTH_CLINIC, List.of("Valley Community Health", "Clínica Familiar del Río",
                    "Sunrise Family Health"),
            PartnershipType.CLUBS, List.of("Maker Space Alliance", "Chess & Code Club", "Young Naturalists Society"),
            PartnershipType.FOOD_AND_CLOTHING, List.of("Harvest Table Food & Clothing Bank", "Neighbors' Pantry",
                    "Warm Coats Collective"),
            PartnershipType.CAREER_DAYS, List.of("Pathways Career Network", "Riverbend Chamber of Commerce",
                    "Trades Open House Council"),
            PartnershipType.VOLUNTEERS, List.of("Reading Buddies Volunteer Corps", "Grandparents in Schools",
                    "Riverbend Rotary Volunteers"));

    private PartnerNames() {
    }

    /** The {@code nth} partner of a kind, from 0. */
    static String name(PartnershipType type, int nth) {
        List<String> names = NAMES.get(type);
        String name = names.get(nth % names.size());
        int chapter = nth / names.size();
        return chapter == 0 ? name : name + " — Chapter " + (chapter + 1);
    }
}
