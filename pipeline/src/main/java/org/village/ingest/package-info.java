/**
 * Ingest: the inbox's spreadsheets streamed, recognised by their headers, checked row by row and loaded once,
 * with every unusable row kept in the rejects table. Depends on infrastructure, ingest.oneroster, POI, Commons CSV,
 * Jakarta Mail's address parser and Spring Batch.
 */
package org.village.ingest;
