package org.village.monthly;

/** What a figure is about: the district, a school or a partnership ({@code KpiValue}'s scope and scope id). */
record Scope(String scope, String id) {
}
