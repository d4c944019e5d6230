/**
 * Infrastructure shared by every feature: the Spring Batch job repository, a restart-safe partition splitter, the
 * job scope carried into a split's threads, the named-query loader and the crash tests' halt points.
 * Depends on Spring and the JDK only; nothing here knows about schools, students or reports.
 */
package org.village.infrastructure;
