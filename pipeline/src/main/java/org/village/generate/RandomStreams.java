package org.village.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by what they are for (e.g. one student's attendance in one month), all derived
 * from one seed. Keying instead of drawing from a single sequence keeps every file's numbers the same whatever else is
 * generated, and in whatever order.
 */
final class RandomStreams {

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    SplittableRandom stream(String purpose, long... keys) {
        long h = mix(seed ^ purpose.hashCode());
        for (long key : keys) {
            h = mix(h + 0x9E3779B97F4A7C15L * (key + 1));
        }
        return new SplittableRandom(h);
    }

    /** The SplitMix64 finaliser: adjacent keys give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
