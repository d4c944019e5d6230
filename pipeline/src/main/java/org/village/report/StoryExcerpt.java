package org.village.report;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A story's text cut after whole sentences, for a one-pager that has room for only part of it. The cut is marked
 * with "[…]", the sign editors in English and Spanish use for words left out, so no reader takes the excerpt for the
 * whole story.
 */
final class StoryExcerpt {

    static final String OMITTED = " [\u2026]";

    private final String text;
    private final List<Integer> sentenceEnds = new ArrayList<>();

    StoryExcerpt(String text, Locale language) {
        this.text = text.strip();
        BreakIterator sentences = BreakIterator.getSentenceInstance(language);
        sentences.setText(this.text);
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            sentenceEnds.add(end);
        }
    }

    int sentences() {
        return sentenceEnds.size();
    }

    /** The first {@code count} sentences, paragraph breaks kept, marked as cut unless that is the whole story. */
    String first(int count) {
        if (count >= sentenceEnds.size()) {
            return text;
        }
        return text.substring(0, sentenceEnds.get(count - 1)).strip() + OMITTED;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
