/**
 * The monthly job: its configuration, the assembly of stored figures into report models, and the service the
 * command line calls to run a month. Depends on ingest, kpi, quality, report, delivery, output and infrastructure; nothing depends on it.
 */
package org.village.monthly;
