package org.village.generate;

import java.time.LocalDate;

/** A partnership's goal: a KPI (by the names the registry uses, e.g. "attendance_rate"), a target, a date. */
record Goal(String kpi, double target, LocalDate by) {
}
