/**
 * The command line: parses {@code run}, {@code demo} and {@code generate}, starts Spring only for the commands that
 * need it, and turns outcomes into one-line messages and exit codes. Depends on monthly, ingest and generate.
 */
package org.village.cli;
