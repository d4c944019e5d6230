/**
 * Ed-Fi files read with no mapping: XML interchanges of the Ed-Fi Data Standard 5.x (namespace
 * {@code http://ed-fi.org/5.x}; 4.0 and 3.x read the same where their elements agree), and the Ed-Fi API's JSON Lines,
 * one resource per file, one JSON object per line in the API's camelCase shape (Data Standard 5.x resources
 * {@code schools}, {@code studentSchoolAssociations}, {@code studentSchoolAttendanceEvents}, {@code grades},
 * {@code sessions}, {@code gradingPeriods}, and, read with the enrolments and grades beside them,
 * {@code studentEducationOrganizationAssociations} and {@code sections}), each streamed as tables of text under the
 * column names Village knows. Depends on the JDK's StAX and Jackson only.
 */
package org.village.ingest.edfi;
