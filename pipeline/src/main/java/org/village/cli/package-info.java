/**
 * The command line: parses the commands ({@code run}, {@code backfill}, {@code serve}, {@code status}, ...), starts
 * Spring only for those that need it, and turns outcomes into one-line messages and exit codes a scheduler can act
 * on. Depends on monthly, schedule, delivery, ingest and generate.
 */
package org.village.cli;
