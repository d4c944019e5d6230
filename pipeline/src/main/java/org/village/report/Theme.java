package org.village.report;

import java.awt.Color;

/**
 * A district's look, from {@code report-templates/theme.yml}: its name as printed (blank: the
 * {@code village.report.district-name} setting), its logo (PNG or JPEG bytes, or {@code null}), and the two colours
 * the reports draw with beside their neutral greys, and the font family every text and chart is set in. The charts'
 * other series keep the Okabe–Ito palette.
 */
public record Theme(String districtName, byte[] logo, Color primary, Color accent, Typeface typeface) {
}
