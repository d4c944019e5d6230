/**
 * PDF rendering of the Village reports: lays out already-computed, already-suppressed figures as pages, charts and tables.
 * Depends only on its own model records, PDFBox, JFreeChart and pdfbox-graphics2d; never on ingest, kpi or batch.
 */
package org.village.report;
