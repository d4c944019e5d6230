package org.village.kpi;

import java.time.LocalDate;

/**
 * The days a scope's year-to-date attendance figures of a month rest on, where they count a summary whose period
 * spans more than one calendar month: the reports print this period, since such a figure is not the school year to
 * date. {@code lastDay} in the report's month means the month's own figure is missing because its days came only
 * inside a longer summary.
 */
public record AttendancePeriod(String scope, String scopeId, LocalDate firstDay, LocalDate lastDay) {
}
