package org.village.generate;

import java.time.YearMonth;

/** The volunteers a partner counted in a month and the hours they gave. */
record VolunteerMonth(YearMonth month, int volunteers, double hours) {
}
