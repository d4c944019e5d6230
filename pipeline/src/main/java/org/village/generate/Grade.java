package org.village.generate;

/** A grade level, 0 for kindergarten; printed the way rosters print it ("K", "1" … "12"). */
record Grade(int level) {

    static final Grade TWELFTH = new Grade(12);

    Grade {
        if (level < 0 || level > 12) {
            throw new IllegalArgumentException("No grade " + level);
        }
    }

    Grade next() {
        return new Grade(level + 1);
    }

    String label() {
        return level == 0 ? "K" : Integer.toString(level);
    }
}
