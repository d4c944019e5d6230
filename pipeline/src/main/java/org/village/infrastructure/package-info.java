/**
 * Infrastructure shared by every feature: the Spring Batch job repository, a restart-safe partition splitter, the
 * job scope carried into a split's threads, the named-query loader, the crash tests' halt points, the one-line failure
 * message, one run at a time per database (the run lock), the embedded database's copy kept while it is upgraded,
 * and student data at rest: owner-only files, the embedded database's generated password and encryption.
 * Depends on Spring and the JDK only; nothing here knows about schools, students or reports.
 */
package org.village.infrastructure;
