/**
 * The fictional-district generator: writes a made-up district's spreadsheets in the shapes school systems export.
 * Depends on nothing but Apache POI and the JDK.
 */
package org.village.generate;
