/**
 * PDF rendering of the Village reports: lays out already-computed, already-suppressed figures as pages, charts and tables.
 * Layout comes from the templates in report-templates/ (SnakeYAML, properties files). Depends only on its own model
 * records, PDFBox, JFreeChart, pdfbox-graphics2d and SnakeYAML; never on ingest, kpi or batch.
 */
package org.village.report;
