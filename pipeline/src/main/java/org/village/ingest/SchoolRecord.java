package org.village.ingest;

record SchoolRecord(long sourceId, String schoolId, String name, String level) {
}
