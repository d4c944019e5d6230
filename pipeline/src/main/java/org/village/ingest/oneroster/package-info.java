/**
 * Reads a OneRoster CSV bundle (1EdTech / IMS Global OneRoster v1.1 CSV binding, and the v1.2 CSV binding where it
 * differs: roles.csv, primaryOrgSourcedId), a folder or a .zip, as a few tables of text Village already knows: the
 * schools (orgs of type school) and the student roster, joined from users, roles, enrollments, academic sessions and
 * demographics. A student's id is the user's {@code identifier} (the SIS's local id) where it is filled in, else
 * their {@code sourcedId}. Files are streamed with Commons CSV; the join holds, per student, only their school's
 * first and last enrolment dates and their demographics. Depends on Commons CSV and the JDK only.
 */
package org.village.ingest.oneroster;
