package org.village.ingest.oneroster;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * demographics.csv as the two labels a roster carries. Sex becomes M, F or X (1.2's "other"); "unspecified" or empty
 * leaves the gender unknown. The race flags become one label as federal reporting combines them (OMB 1997 standards,
 * U.S. Department of Education 2007 guidance): Hispanic or Latino whatever the race; otherwise Two or More Races when
 * more than one race is flagged or demographicRaceTwoOrMoreRaces is; otherwise the one race flagged. OneRoster's
 * core has no English learner, disability or economic flags, so those stay unknown.
 */
final class Demographics {

    /** A student's labels; null where unknown. */
    record Labels(String gender, String raceEthnicity) {
    }

    static final String HISPANIC = "Hispanic or Latino";
    static final String TWO_OR_MORE = "Two or More Races";
    /** Column names as the CSV binding writes them, with the label each race flag stands for. */
    private static final List<List<String>> RACES = List.of(
            List.of("americanIndianOrAlaskaNative", "American Indian or Alaska Native"),
            List.of("asian", "Asian"),
            List.of("blackOrAfricanAmerican", "Black or African American"),
            List.of("nativeHawaiianOrOtherPacificIslander", "Native Hawaiian or Other Pacific Islander"),
            List.of("white", "White"));
    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1");

    private Demographics() {
    }

    static void read(CsvTable table, Map<String, Labels> into) {
        int id = table.required("sourcedId");
        int sex = table.column("sex", "gender");
        int deleted = table.column("status");
        int hispanic = table.column("hispanicOrLatinoEthnicity");
        int twoOrMore = table.column("demographicRaceTwoOrMoreRaces");
        int[] races = RACES.stream().mapToInt(race -> table.column(race.get(0))).toArray();
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            if (OneRosterBundle.deleted(row, deleted)) {
                continue;
            }
            String race = null;
            int flagged = 0;
            for (int i = 0; i < races.length; i++) {
                if (flag(row, races[i])) {
                    flagged++;
                    race = RACES.get(i).get(1);
                }
            }
            if (flag(row, hispanic)) {
                race = HISPANIC;
            } else if (flagged > 1 || flag(row, twoOrMore)) {
                race = TWO_OR_MORE;
            }
            into.put(CsvTable.value(row, id), new Labels(gender(CsvTable.value(row, sex)), race));
        }
    }

    private static boolean flag(CsvTable.Row row, int column) {
        return TRUE.contains(CsvTable.value(row, column).toLowerCase(Locale.ROOT));
    }

    /** Kept as sent when it is none of the spec's values, as a roster's gender column is. */
    static String gender(String sex) {
        return switch (sex.toLowerCase(Locale.ROOT)) {
            case "male", "m" -> "M";
            case "female", "f" -> "F";
            case "other", "x" -> "X";
            case "unspecified", "" -> null;
            default -> sex;
        };
    }
}
