package org.village.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the generator knows that the files only imply, gathered while they are written: each school year's attendance
 * as simulated and every row planted wrong.
 */
final class GroundTruth {

    private final AttendanceTally baseline;
    private final AttendanceTally current;
    private final List<PlantedRow> planted = new ArrayList<>();

    GroundTruth(AttendanceTally baseline, AttendanceTally current) {
        this.baseline = baseline;
        this.current = current;
    }

    AttendanceTally tally(SchoolYear year) {
        return year.equals(baseline.year()) ? baseline : current;
    }

    List<AttendanceTally> tallies() {
        return List.of(baseline, current);
    }

    void plant(PlantedRow row) {
        planted.add(row);
    }

    /** By file, then row. */
    List<PlantedRow> planted() {
        return planted.stream().sorted(Comparator.comparing(PlantedRow::file).thenComparingInt(PlantedRow::row))
                .toList();
    }
}
