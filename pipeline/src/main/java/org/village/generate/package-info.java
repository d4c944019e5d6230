/**
 * The fictional-district generator: writes a made-up district's files (schools, rosters, attendance, course marks,
 * partnerships and partners' files) in the shapes and formats school systems and partners send, with planted
 * partnership effects and bad rows recorded in a ground-truth file, so that Village's figures can be checked against
 * a known truth. {@link org.village.generate.DistrictGenerator} is the entry point. Depends on nothing but Apache POI,
 * Commons CSV, Jackson (for Ed-Fi JSON Lines) and the JDK.
 */
package org.village.generate;
