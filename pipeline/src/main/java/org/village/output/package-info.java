/**
 * The output folder of a month: where each report and export of that month is written, by one naming rule that the
 * renderers, the delivery and the manifest share. Depends on nothing else in Village.
 */
package org.village.output;
