package org.village.generate;

import java.time.LocalDate;

/** A success story a partner sends, with whether the family or person quoted agreed to its publication. */
record Story(LocalDate date, String title, String text, String quote, String attribution, boolean consent) {
}
