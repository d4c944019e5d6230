package org.village.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One sheet's daily attendance summed by month, student and school, as {@code attendance_month} stores it: bitmaps
 * of the month's days enrolled, present, tardy and suspended (bit 0 is the 1st). A day the sheet sends twice for the
 * same student and school goes into the next layer, so that every layer counts each of its rows once, as counting
 * the daily rows does. Held in memory for one sheet only: one entry per student and month the sheet covers.
 */
final class AttendanceMonthSums {

    private record Key(YearMonth month, String studentId, String schoolId) {
    }

    private final long sourceId;
    private final Map<Key, List<int[]>> months = new HashMap<>();
    private long days;

    AttendanceMonthSums(long sourceId) {
        this.sourceId = sourceId;
    }

    /** Adds one daily row; {@code status} is the stored letter (P, T, S or an absence). */
    void add(LocalDate day, String studentId, String schoolId, String status) {
        int bit = 1 << (day.getDayOfMonth() - 1);
        List<int[]> layers = months.computeIfAbsent(new Key(YearMonth.from(day), studentId, schoolId),
                k -> new ArrayList<>(1));
        int[] layer = null;
        for (int[] candidate : layers) {
            if ((candidate[0] & bit) == 0) {
                layer = candidate;
                break;
            }
        }
        if (layer == null) {
            layer = new int[4];
            layers.add(layer);
        }
        layer[0] |= bit;
        switch (status) {
            case "P" -> layer[1] |= bit;
            case "T" -> layer[2] |= bit;
            case "S" -> layer[3] |= bit;
            default -> {
            }
        }
        days++;
    }

    /** The daily rows added so far. */
    long days() {
        return days;
    }

    /** Every layer of every student's month, as the rows of {@code attendance_month}. */
    void forEachRow(Consumer<AttendanceMonthRecord> rows) {
        months.forEach((key, layers) -> {
            for (int layer = 0; layer < layers.size(); layer++) {
                int[] bits = layers.get(layer);
                rows.accept(new AttendanceMonthRecord(sourceId, key.month().atDay(1), key.studentId(),
                        key.schoolId(), layer, Integer.bitCount(bits[0]), Integer.bitCount(bits[1]),
                        Integer.bitCount(bits[2]), Integer.bitCount(bits[3]), bits[0], bits[1], bits[2], bits[3]));
            }
        });
    }
}
