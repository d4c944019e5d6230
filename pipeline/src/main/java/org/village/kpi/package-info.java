/**
 * KPIs: the figures the reports print, computed from the loaded tables, stored by month and suppressed for small
 * groups before anything reads them. Depends on infrastructure and Spring Batch; not on ingest or report.
 */
package org.village.kpi;
