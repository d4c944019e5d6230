/**
 * Delivery of a month's reports: who gets which files, the e-mails over SMTP (each try logged before and after the
 * server has it) or as .eml files in a dry run, the send log, and the month's manifest.
 * Depends on output and infrastructure; monthly wires its steps into the job, cli and schedule read its log.
 */
package org.village.delivery;
