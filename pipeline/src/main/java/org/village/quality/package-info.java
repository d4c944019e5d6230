/**
 * Plausibility checks on what a month's run loaded and computed, stored as warnings the summary, status and the
 * district dashboard show. Depends on kpi (its stored figures and term calendar) and infrastructure.
 */
package org.village.quality;
