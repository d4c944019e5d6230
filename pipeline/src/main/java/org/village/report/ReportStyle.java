package org.village.report;

import java.awt.Color;

/** The one palette and type scale every report section draws with, so the pages read as one document. */
final class ReportStyle {

    static final Color INK = new Color(0x1F2933);
    static final Color MUTED = new Color(0x52606D);
    static final Color RULE = new Color(0xCBD2D9);
    static final Color TINT = new Color(0xF3F6F9);
    static final Color HEADER_FILL = new Color(0xE1E8EF);

    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float HEADING = 13f;

    private ReportStyle() {
    }
}
