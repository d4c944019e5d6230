/**
 * Running Village unattended: the monthly schedule with its catch-up after downtime, the history of runs that
 * {@code status} and {@code backfill} read from the job repository, and the progress lines of a running month.
 * Depends on monthly, delivery, ingest (its step names) and infrastructure.
 */
package org.village.schedule;
